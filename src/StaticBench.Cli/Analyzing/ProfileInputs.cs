using StaticBench.Analysis.Profiles;
using StaticBench.Schema.Model;
using StaticBench.Schema.Validation;

namespace StaticBench.Cli.Analyzing;

/// <summary>Reads the profiles of a result file for <c>analyze</c>, failing with the file's name when it holds none.</summary>
public static class ProfileInputs
{
    /// <exception cref="FileNotFoundException">No such file.</exception>
    /// <exception cref="InvalidDataException">Not a valid result file, or one without profiles.</exception>
    public static IReadOnlyList<InstructionProfile> Read(string file, IReadOnlyList<string> benchmarks)
    {
        if (!File.Exists(file))
        {
            throw new FileNotFoundException($"{file}: no such result file");
        }

        var outcome = ResultReader.ReadFile(file);
        if (!outcome.IsValid)
        {
            throw new InvalidDataException($"{file} is not a valid result file: {string.Join("; ", outcome.Problems.Take(3))}");
        }

        var profiles = ProfileReader.Read(outcome.Result!)
            .Where(p => benchmarks.Count == 0 || benchmarks.Any(b => p.Key.Benchmark == b || p.Key.Benchmark.EndsWith($"/{b}", StringComparison.Ordinal)))
            .ToArray();
        return profiles.Length > 0
            ? profiles
            : throw new InvalidDataException(
                $"{file} holds no {ProfileMetrics.OpcodeCount} or {ProfileMetrics.FunctionInstructions} results{(benchmarks.Count > 0 ? " for the benchmarks asked for" : "")} " +
                "(record them with: staticbench run --metric opcodes)");
    }
}
