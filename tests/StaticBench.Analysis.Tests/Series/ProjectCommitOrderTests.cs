using StaticBench.Analysis.Series;
using StaticBench.Testing;

namespace StaticBench.Analysis.Tests.Series;

public class ProjectCommitOrderTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static string C(int n) => RunResultBuilder.Commit(n);

    [Fact]
    public void Parents_come_before_children_even_when_commit_times_say_otherwise()
    {
        // 2 was committed "before" 1 (rebased, clock skew) but is its child.
        var order = ProjectCommitOrder.Build([
            (C(2), T0.AddHours(-5), [C(1)]),
            (C(1), T0, []),
            (C(3), T0.AddHours(-9), [C(2)]),
        ]);

        order.Ordered.ShouldBe([C(1), C(2), C(3)]);
    }

    [Fact]
    public void A_merge_comes_after_both_branches_and_branches_interleave_by_time()
    {
        //   1 ── 2 ──────── 4(merge)
        //    \── 3 ──/
        var order = ProjectCommitOrder.Build([
            (C(4), T0.AddHours(4), [C(2), C(3)]),
            (C(3), T0.AddHours(2), [C(1)]),
            (C(2), T0.AddHours(3), [C(1)]),
            (C(1), T0, []),
        ]);

        order.Ordered.ShouldBe([C(1), C(3), C(2), C(4)]);
        order.IndexOf(C(4)).ShouldBe(3);
        order.IndexOf("unknown").ShouldBe(-1);
    }

    [Fact]
    public void Commits_with_unknown_parents_sort_by_time_then_id()
    {
        var order = ProjectCommitOrder.Build([
            (C(9), T0.AddHours(1), [C(100)]),
            (C(8), T0.AddHours(1), [C(101)]),
            (C(7), T0, [C(102)]),
        ]);

        order.Ordered.ShouldBe([C(7), C(8), C(9)]);
    }

    [Fact]
    public void A_cycle_in_corrupt_data_still_places_every_commit_once()
    {
        var order = ProjectCommitOrder.Build([
            (C(1), T0, [C(2)]),
            (C(2), T0.AddHours(1), [C(1)]),
            (C(1), T0, [C(2)]),
        ]);

        order.Ordered.ShouldBe([C(1), C(2)]);
    }
}
