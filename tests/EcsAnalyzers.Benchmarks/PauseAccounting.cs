using System;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EcsAnalyzers.Benchmarks;

// A forwarding wrapper: the wrapped analyzer configures itself and registers its own actions.
#pragma warning disable RS1025, RS1012

/// <summary>
/// Runs an analyzer unchanged and adds up the garbage-collection pauses that fall inside its callbacks. The driver's
/// telemetry is wall time, so a collection the compiler's own threads trigger while a callback runs (all threads stop)
/// is charged to that callback; telemetry minus these pauses is the analyzer's own work.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class PauseAccountingAnalyzer : DiagnosticAnalyzer
{
    private readonly DiagnosticAnalyzer _inner;
    private long _pauseTicks;
    private long _cpuNanoseconds;

    public PauseAccountingAnalyzer(DiagnosticAnalyzer inner) => _inner = inner;

    /// <summary>Collection pauses that happened while one of the analyzer's callbacks was running.</summary>
    public TimeSpan Pauses => TimeSpan.FromTicks(Interlocked.Read(ref _pauseTicks));

    /// <summary>
    /// CPU time of the threads that ran the callbacks, while they ran them: the work itself, without the time a callback
    /// waited for a core (this machine's 2 cores are shared) or was stopped by a collection another thread started.
    /// </summary>
    public TimeSpan Cpu => TimeSpan.FromTicks(Interlocked.Read(ref _cpuNanoseconds) / 100);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => _inner.SupportedDiagnostics;

    public override void Initialize(AnalysisContext context) => _inner.Initialize(new Context(context, this));

    private Action<T> Wrap<T>(Action<T> action) => argument =>
    {
        var before = GC.GetTotalPauseDuration();
        var cpu = ThreadCpu.Nanoseconds();
        try
        {
            action(argument);
        }
        finally
        {
            Interlocked.Add(ref _cpuNanoseconds, ThreadCpu.Nanoseconds() - cpu);
            Interlocked.Add(ref _pauseTicks, (GC.GetTotalPauseDuration() - before).Ticks);
        }
    };

    // Forwards every registration with the action wrapped; the registrations EcsAnalyzers does not use are forwarded too,
    // so that the wrapper works for any analyzer measured with it.
    private sealed class Context(AnalysisContext inner, PauseAccountingAnalyzer owner) : AnalysisContext
    {
        public override void EnableConcurrentExecution() => inner.EnableConcurrentExecution();

        public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode) => inner.ConfigureGeneratedCodeAnalysis(analysisMode);

        public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action) =>
            inner.RegisterCompilationStartAction(owner.Wrap<CompilationStartAnalysisContext>(start => action(new StartContext(start, owner))));

        public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) => inner.RegisterCompilationAction(owner.Wrap(action));

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => inner.RegisterSemanticModelAction(owner.Wrap(action));

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => inner.RegisterSymbolAction(owner.Wrap(action), symbolKinds);

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => inner.RegisterCodeBlockStartAction(owner.Wrap(action));

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => inner.RegisterCodeBlockAction(owner.Wrap(action));

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => inner.RegisterSyntaxTreeAction(owner.Wrap(action));

        public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action) => inner.RegisterAdditionalFileAction(owner.Wrap(action));

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => inner.RegisterSyntaxNodeAction(owner.Wrap(action), syntaxKinds);

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) => inner.RegisterOperationAction(owner.Wrap(action), operationKinds);

        public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) => inner.RegisterOperationBlockAction(owner.Wrap(action));
    }

    private sealed class StartContext(CompilationStartAnalysisContext inner, PauseAccountingAnalyzer owner)
        : CompilationStartAnalysisContext(inner.Compilation, inner.Options, inner.CancellationToken)
    {
        public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action) => inner.RegisterCompilationEndAction(owner.Wrap(action));

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => inner.RegisterSemanticModelAction(owner.Wrap(action));

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => inner.RegisterSymbolAction(owner.Wrap(action), symbolKinds);

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => inner.RegisterCodeBlockStartAction(owner.Wrap(action));

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => inner.RegisterCodeBlockAction(owner.Wrap(action));

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => inner.RegisterSyntaxTreeAction(owner.Wrap(action));

        public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action) => inner.RegisterAdditionalFileAction(owner.Wrap(action));

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => inner.RegisterSyntaxNodeAction(owner.Wrap(action), syntaxKinds);

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) => inner.RegisterOperationAction(owner.Wrap(action), operationKinds);

        public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) => inner.RegisterOperationBlockAction(owner.Wrap(action));
    }
}

/// <summary>
/// The control: an analyzer with a fixed cost per request body (50 us of work, no allocation), perfectly linear by
/// construction. Its (c)/(b) ratio shows what the telemetry makes of linear work on this machine. It is a code-block
/// action, as EcsAnalyzers is: an operation-block action would make the driver build the operation tree of every body of
/// the compilation and charge that (with the collections it triggers) to the control: on 1,000 ordinary files and no
/// request body at all, such a control was charged 227-2053 ms of "own work" for 7-11 ms in its callbacks (2026-12-03).
/// The 50 us are CPU time of the calling thread (Linux; wall time elsewhere), so a control that waits for a core takes
/// longer, as real work does.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class ConstantWorkAnalyzer : DiagnosticAnalyzer
{
    private const long WorkNanoseconds = 50_000;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [BaselineDescriptor.Instance];

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCodeBlockAction(static block =>
        {
            if (block.OwningSymbol.ContainingType?.Name.StartsWith("Deployer", StringComparison.Ordinal) != true)
            {
                return;
            }

            var cpu = ThreadCpu.Nanoseconds();
            var wall = Stopwatch.GetTimestamp();
            while (cpu != 0 ? ThreadCpu.Nanoseconds() - cpu < WorkNanoseconds : Stopwatch.GetElapsedTime(wall).Ticks * 100 < WorkNanoseconds)
            {
                Thread.SpinWait(20);
            }
        });
    }
}

/// <summary>The calling thread's CPU time (clock_gettime, Linux only; 0 elsewhere), unaffected by preemption and waiting.</summary>
internal static class ThreadCpu
{
    private const int ClockThreadCpuTimeId = 3;

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out Timespec value);

    private struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    public static long Nanoseconds() =>
        OperatingSystem.IsLinux() && ClockGetTime(ClockThreadCpuTimeId, out var t) == 0 ? t.Seconds * 1_000_000_000 + t.Nanoseconds : 0;
}
