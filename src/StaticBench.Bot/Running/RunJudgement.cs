using System.Globalization;
using StaticBench.Analysis.Comparisons;
using StaticBench.Runner.Running;

namespace StaticBench.Bot.Running;

/// <summary>
/// Decides the commit status of a finished run (docs/bot.md, "Statuses"), in this order: a benchmark that
/// failed on the head (wrong answer, crash, time limit) or a regression beyond the gate is a failure; a
/// benchmark that failed on the merge base is an error (the head cannot be judged against it); a series
/// measured on one side only is a failure; anything else is a success.
/// </summary>
public static class RunJudgement
{
    public static (RunConclusion Conclusion, string Summary) Judge(ComparisonReport comparison, IReadOnlyList<RunError> errors, double failOnRegression)
    {
        var headErrors = errors.Count(e => e.Engine.EndsWith("@" + RunnerExecutor.Head, StringComparison.Ordinal));
        var baseErrors = errors.Count - headErrors;
        var oneSided = comparison.Count(Verdict.Added) + comparison.Count(Verdict.Removed);
        var worst = comparison.WorstRegression;
        var overGate = worst > failOnRegression;
        var reasons = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"{comparison.Count(Verdict.Regression)} regression(s), {comparison.Count(Verdict.Improvement)} improvement(s) in {comparison.Comparisons.Count} series"),
        };
        if (headErrors > 0)
        {
            reasons.Add($"{headErrors} benchmark(s) failed on the head");
        }

        if (overGate)
        {
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"worst +{worst * 100:0.#}%, beyond the {failOnRegression * 100:0.#}% gate"));
        }

        if (baseErrors > 0)
        {
            reasons.Add($"{baseErrors} benchmark(s) failed on the merge base");
        }

        if (oneSided > 0)
        {
            reasons.Add($"{oneSided} series measured on one side only");
        }

        var conclusion = headErrors > 0 || overGate ? RunConclusion.Failure
            : baseErrors > 0 ? RunConclusion.Error
            : oneSided > 0 || comparison.Comparisons.Count == 0 ? RunConclusion.Failure
            : RunConclusion.Success;
        return (conclusion, string.Join("; ", reasons));
    }
}
