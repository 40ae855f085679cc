using StaticBench.Analysis.Comparisons;

namespace StaticBench.Cli.Comparing;

/// <summary><c>--fail-on-regression P</c> for compare and comment: exit code 3 when the worst regression is beyond P percent.</summary>
public static class RegressionGate
{
    public static int Check(CliContext context, ComparisonReport report, double? limit)
    {
        if (limit is { } percent && report.WorstRegression * 100 > percent)
        {
            context.Error.WriteLine($"regression beyond {percent}%: worst {report.WorstRegression * 100:0.##}%");
            return Commands.CompareCommand.RegressionFound;
        }

        return 0;
    }
}
