global using System.Linq;
global using EcsAnalyzers.Tests.Verifiers;
global using Xunit;
