using System.Globalization;

namespace StaticBench.Runner.Engines;

/// <summary>
/// The steady-state policy of a sample (<see cref="ExecutePolicy"/>) as a driver's command line. Every
/// driver that times calls takes the same three numbers; a sample that does not ask for
/// <see cref="Phases.Execute"/> gets <see cref="ExecutePolicy.None"/>, so no steady-state call is made.
/// </summary>
public static class SteadyStateArguments
{
    /// <summary><c>--min-calls N --max-calls N --budget-ms N</c>: the options of <c>parseOptions</c> in <c>driver-common.mjs</c>.</summary>
    public static IReadOnlyList<string> Options(SampleRequest request)
    {
        var (min, max, budget) = Numbers(request);
        return ["--min-calls", min, "--max-calls", max, "--budget-ms", budget];
    }

    /// <summary><c>MIN_CALLS MAX_CALLS BUDGET_MS</c>: the arguments of the native harness's <c>main</c> (benchmarks/wasm-suite/harness.c).</summary>
    public static IReadOnlyList<string> Positional(SampleRequest request)
    {
        var (min, max, budget) = Numbers(request);
        return [min, max, budget];
    }

    private static (string Min, string Max, string BudgetMs) Numbers(SampleRequest request)
    {
        var policy = request.Wants(Phases.Execute) ? request.Execute : ExecutePolicy.None;
        return (
            policy.MinCalls.ToString(CultureInfo.InvariantCulture),
            policy.MaxCalls.ToString(CultureInfo.InvariantCulture),
            policy.Budget.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture));
    }
}
