namespace AutoGrad.Analyzers.Tests.Harness;

internal static class Source
{
    /// <summary><paramref name="members"/> in a partial class <c>Model</c>, with <c>System</c> and <c>AutoGrad</c> in scope.</summary>
    public static string InPartialClass(string members) => $$"""
        using System;
        using AutoGrad;

        public static partial class Model
        {
        {{members}}
        }
        """;
}
