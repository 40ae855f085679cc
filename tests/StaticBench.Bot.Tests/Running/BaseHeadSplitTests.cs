using StaticBench.Bot.Config;
using StaticBench.Bot.Queue;
using StaticBench.Bot.Requests;
using StaticBench.Bot.Running;
using StaticBench.Bot;
using StaticBench.Schema.Json;
using StaticBench.Schema.Model;
using StaticBench.Schema.Validation;
using StaticBench.Testing;

namespace StaticBench.Bot.Tests.Running;

/// <summary>One interleaved run of x@base and x@head becomes two result files with their own commit and id.</summary>
public class BaseHeadSplitTests
{
    [Fact]
    public void Each_side_keeps_its_own_results_under_the_template_name_with_its_own_id_and_commit()
    {
        // Given one run that measured node@base and node@head
        var run = new RunResultBuilder("one-run").Build();
        var template = run.Results[0];
        run = run with
        {
            Results =
            [
                template with { Engine = new EngineInfo { Name = "node@base", Version = "20" }, Samples = [1, 2, 3] },
                template with { Engine = new EngineInfo { Name = "node@head", Version = "20" }, Samples = [4, 5, 6] },
            ],
        };
        var baseProject = run.Run.Project with { Commit = new string('a', 40), Branch = "main" };
        var headProject = run.Run.Project with { Commit = new string('b', 40), Branch = "pull/1", PullRequest = 1, BaseCommit = new string('a', 40) };

        // When it is split
        var @base = BaseHeadSplit.Take(run, new RunSide("base", "bot-job-box-base", baseProject));
        var head = BaseHeadSplit.Take(run, new RunSide("head", "bot-job-box-head", headProject));

        // Then each side has its samples, the engine named as in the main branch's series, and its project
        @base.Results.ShouldHaveSingleItem().Samples.ShouldBe([1, 2, 3]);
        head.Results.ShouldHaveSingleItem().Samples.ShouldBe([4, 5, 6]);
        @base.Results[0].Engine!.Name.ShouldBe("node");
        head.Results[0].Engine!.ShouldBe(new EngineInfo { Name = "node", Version = "20" });
        @base.Run.Id.ShouldBe("bot-job-box-base");
        @base.Run.Project.ShouldBe(baseProject);
        head.Run.Project.PullRequest.ShouldBe(1);
        head.Run.Project.BaseCommit.ShouldBe(new string('a', 40));
        head.Run.Machine.ShouldBe(run.Run.Machine);
        ResultReader.Read(ResultJson.Serialize(head), "head.json").IsValid.ShouldBeTrue();
    }

    [Theory]
    [InlineData("{checkout}", "/w/head")]
    [InlineData("{checkout}/bin/engine", "/w/head/bin/engine")]
    [InlineData("--dir={checkout}", "--dir={checkout}")]
    [InlineData("{checkout}x", "{checkout}x")]
    public void The_checkout_placeholder_is_replaced_as_a_whole_argument_or_a_path_prefix_only(string argument, string expected)
    {
        CheckoutPlaceholder.Replace(argument, "/w/head").ShouldBe(expected);
    }
}
