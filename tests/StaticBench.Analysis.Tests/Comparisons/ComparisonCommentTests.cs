using StaticBench.Analysis.Comparisons;
using StaticBench.Testing;

namespace StaticBench.Analysis.Tests.Comparisons;

public class ComparisonCommentTests
{
    private static ComparisonReport Report(int series)
    {
        RunResultBuilder Side(string id, double scale)
        {
            var builder = new RunResultBuilder(id);
            for (var s = 0; s < series; s++)
            {
                var level = s % 3 == 0 ? 1000 * scale : 1000;
                builder.WithResult($"bench-{s:000}", "compile", Enumerable.Range(0, 12).Select(i => level * (1 + (i % 4 * 0.001))).ToArray());
            }

            return builder;
        }

        return ComparisonSet.Compare(new ComparisonSide("base", [Side("b", 1).Build()]), new ComparisonSide("head", [Side("h", 1.2).Build()]));
    }

    [Fact]
    public void The_comment_never_exceeds_its_budget_whatever_the_budget_cuts()
    {
        var report = Report(120);
        var footer = "\n[Compare view](https://example.org/compare.html)\n";
        var full = ComparisonComment.Render(report, footer, int.MaxValue);

        // Budgets from "summary only" to "every row" cut the rows at every place in between.
        for (var budget = full.Length; budget > 2_000; budget -= 37)
        {
            string rendered;
            try
            {
                rendered = ComparisonComment.Render(report, footer, budget);
            }
            catch (ArgumentException)
            {
                break; // the summary alone no longer fits: refused, never cut mid-summary
            }

            rendered.Length.ShouldBeLessThanOrEqualTo(budget, $"budget {budget}");
            rendered.ShouldEndWith(footer);
        }
    }
}
