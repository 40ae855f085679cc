using System.Text.RegularExpressions;
using StaticBench.Bot.Config;
using StaticBench.Bot.Queue;
using StaticBench.Bot.Requests;
using StaticBench.Bot.Running;
using StaticBench.Bot;
using StaticBench.Testing;

namespace StaticBench.Bot.Tests.Requests;

/// <summary>Runs every example of BenchCommandSpecs.md, which doubles as the command's documentation.</summary>
public partial class BenchCommandParserTests
{
    public static TheoryData<string, string, string> Examples()
    {
        var text = File.ReadAllText(RepositoryRoot.Combine("tests", "StaticBench.Bot.Tests", "Requests", "BenchCommandSpecs.md"));
        var data = new TheoryData<string, string, string>();
        foreach (Match example in ExamplePattern().Matches(text))
        {
            data.Add(example.Groups["title"].Value.Trim(), example.Groups["comment"].Value, example.Groups["expected"].Value.Trim());
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Spec_example(string title, string comment, string expected)
    {
        var outcome = BenchCommandParser.Parse(comment) switch
        {
            BenchCommandParse.NotACommand => "ignored",
            BenchCommandParse.Accepted a => $"accepted: {a.Request.Describe()}",
            BenchCommandParse.Rejected r => $"rejected: {r.Reason}",
            _ => throw new InvalidOperationException(title),
        };

        if (expected.StartsWith("rejected: ", StringComparison.Ordinal))
        {
            outcome.ShouldStartWith(expected, customMessage: title);
        }
        else
        {
            outcome.ShouldBe(expected, title);
        }
    }

    [Fact]
    public void The_spec_file_has_examples()
    {
        Examples().Count().ShouldBeGreaterThan(10);
    }

    [Fact]
    public void Accepted_values_reach_the_runner_as_separate_arguments()
    {
        var request = ((BenchCommandParse.Accepted)BenchCommandParser.Parse("/bench --bench a/b --samples 5")).Request;

        request.RunnerArguments().ShouldBe(["--bench", "a/b", "--samples", "5"]);
    }

    [Fact]
    public void The_allow_list_ignores_comments_and_case()
    {
        var list = AllowList.Parse("# benchmark maintainers\nAlice\n  bob   # on leave until May\n\n");

        list.Allows("alice").ShouldBeTrue();
        list.Allows("BOB").ShouldBeTrue();
        list.Allows("mallory").ShouldBeFalse();
        list.Allows("#").ShouldBeFalse();
    }

    [GeneratedRegex("^## (?<title>.+?)\\n+```comment\\n(?<comment>.*?)^```\\n```expected\\n(?<expected>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex ExamplePattern();
}
