using System.Text.RegularExpressions;
using StaticBench.Analysis.Series;
using StaticBench.Schema.Model;
using StaticBench.Site.Charts;

namespace StaticBench.Site.Tests.Charts;

public class SparklineTests
{
    [Fact]
    public void Draws_the_newest_fifty_medians_lowest_at_the_bottom_and_marks_the_newest()
    {
        // Given a series of 60 points whose medians are 0, 1, ... 59
        var origin = new PointOrigin(
            new ProjectInfo { Repository = "", Commit = "c1", Branch = "main", CommitTime = DateTimeOffset.UnixEpoch, Subject = "", Parents = [] },
            ["run-1"], ["results/run-1.json"], DateTimeOffset.UnixEpoch);
        var points = Enumerable.Range(0, 60).Select(i => new SeriesPoint(origin, i, i, i, 1, null)).ToList();

        // When its sparkline is drawn
        var svg = Sparkline.Render(points).Value;

        // Then the line has the newest 50 points, from 10 at the bottom left to 59 at the top right, where the mark is
        var line = Regex.Match(svg, "<polyline points=\"([^\"]*)\"").Groups[1].Value.Split(' ');
        line.Length.ShouldBe(Sparkline.MaxPoints);
        (line[0], line[^1]).ShouldBe(("3,21", "97,3"));
        svg.ShouldContain("<circle cx=\"97\" cy=\"3\" r=\"2\"/>");
    }
}
