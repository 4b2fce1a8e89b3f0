using System;
using System.Collections.Generic;
using System.Globalization;

namespace EcsAnalyzers.Rules;

/// <summary>
/// The Fargate task size table (task-cpu-memory-error doc; RegisterTaskDefinition cpu/memory API text), and the string
/// forms the service accepts: CPU units (<c>"1024"</c>) or vCPU (<c>"1 vCPU"</c>, <c>"0.25vCPU"</c>), memory in MiB
/// (<c>"2048"</c>) or GB (<c>"2 GB"</c>, <c>"2GB"</c>).
/// </summary>
internal static class FargateSizes
{
    /// <summary>Task cpu values Fargate runs, smallest first. Windows: 1024, 2048, 4096 only.</summary>
    public static readonly int[] LinuxCpus = { 256, 512, 1024, 2048, 4096, 8192, 16384 };

    public static readonly int[] WindowsCpus = { 1024, 2048, 4096 };

    // Built once: the rules ask for them for every Fargate task definition.
    private static readonly int[] Memories256 = { 512, 1024, 2048 };
    private static readonly int[] Memories512 = { 1024, 2048, 3072, 4096 };
    private static readonly int[] Memories1024 = Steps(2048, 8192, 1024);
    private static readonly int[] Memories2048 = Steps(4096, 16384, 1024);
    private static readonly int[] Memories4096 = Steps(8192, 30720, 1024);
    private static readonly int[] Memories8192 = Steps(16384, 61440, 4096);
    private static readonly int[] Memories16384 = Steps(32768, 122880, 8192);

    /// <summary>The memory values (MiB) valid with a task cpu, smallest first; empty for a cpu Fargate does not run.</summary>
    public static IReadOnlyList<int> Memories(int cpu) => cpu switch
    {
        256 => Memories256,
        512 => Memories512,
        1024 => Memories1024,
        2048 => Memories2048,
        4096 => Memories4096,
        8192 => Memories8192,
        16384 => Memories16384,
        _ => Array.Empty<int>(),
    };

    public static int[] Cpus(bool windows) => windows ? WindowsCpus : LinuxCpus;

    public static bool IsValidCpu(int cpu, bool windows) => Array.IndexOf(Cpus(windows), cpu) >= 0;

    public static bool IsValidPair(int cpu, int memory, bool windows) => IsValidCpu(cpu, windows) && Contains(Memories(cpu), memory);

    /// <summary>CPU units from <c>"1024"</c>, <c>"1 vCPU"</c>, <c>"1vcpu"</c>, <c>"0.25 vCPU"</c>; null when the service cannot read it either.</summary>
    public static int? ParseCpu(string text) => Parse(text, "vcpu", 1024);

    /// <summary>MiB from <c>"2048"</c>, <c>"2 GB"</c>, <c>"2GB"</c>, <c>"0.5 GB"</c>; null when the service cannot read it either.</summary>
    public static int? ParseMemory(string text) => Parse(text, "gb", 1024);

    /// <summary>The values nearest to <paramref name="value"/> from a sorted list: the one below and the one above (one when equal distance ends the list).</summary>
    public static List<int> Nearest(IReadOnlyList<int> sorted, int value)
    {
        var result = new List<int>(2);
        int? below = null, above = null;
        foreach (var v in sorted)
        {
            if (v <= value)
            {
                below = v;
            }
            else if (above is null)
            {
                above = v;
            }
        }

        // The larger one first: it never makes the task too small for its containers.
        if (above is { } a)
        {
            result.Add(a);
        }

        if (below is { } b)
        {
            result.Add(b);
        }

        return result;
    }

    /// <summary>
    /// The smallest valid pair with at least <paramref name="minCpu"/> and <paramref name="minMemory"/>, keeping a
    /// given cpu or memory when one is already set; null when none fits.
    /// </summary>
    public static (int Cpu, int Memory)? SmallestPair(int minCpu, int minMemory, int? fixedCpu, int? fixedMemory, bool windows)
    {
        foreach (var cpu in Cpus(windows))
        {
            if (cpu < minCpu || (fixedCpu is { } fc && fc != cpu))
            {
                continue;
            }

            foreach (var memory in Memories(cpu))
            {
                if (memory >= minMemory && (fixedMemory is not { } fm || fm == memory))
                {
                    return (cpu, memory);
                }
            }
        }

        return null;
    }

    private static int? Parse(string text, string unit, int unitsPerWhole)
    {
        var t = text.Trim();
        if (t.Length == 0)
        {
            return null;
        }

        if (t.EndsWith(unit, StringComparison.OrdinalIgnoreCase))
        {
            var number = t.Substring(0, t.Length - unit.Length).TrimEnd();
            return decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var whole) && whole > 0 && whole * unitsPerWhole <= int.MaxValue
                ? (int)Math.Round(whole * unitsPerWhole)
                : null;
        }

        return int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var units) ? units : null;
    }

    private static int[] Steps(int from, int to, int step)
    {
        var values = new int[((to - from) / step) + 1];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = from + (i * step);
        }

        return values;
    }

    private static bool Contains(IReadOnlyList<int> values, int value)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] == value)
            {
                return true;
            }
        }

        return false;
    }
}
