using System.Text;
using System.Text.Json.Nodes;
using StaticBench.Schema.References;
using StaticBench.Testing;

namespace StaticBench.Schema.Tests.References;

public class ReferenceReaderTests
{
    /// <summary>The example shipped in data/references.</summary>
    private static string Example() => File.ReadAllText(RepositoryRoot.Combine("data", "references", "miden-vm-v0.7-single-core.json"));

    private static ReferenceOutcome Read(string json) => ReferenceReader.Read(Encoding.UTF8.GetBytes(json), "ref.json");

    private static string Edited(Action<JsonObject> edit)
    {
        var root = JsonNode.Parse(Example())!.AsObject();
        edit(root);
        return root.ToJsonString();
    }

    [Fact]
    public void The_shipped_example_is_valid_and_its_units_are_normalized()
    {
        // Given the Miden VM README's single-core table
        // When it is read
        var outcome = Read(Example());

        // Then it is valid, cites its address, and 47.5 sec at 2^20 cycles reads as ns
        outcome.Problems.ShouldBeEmpty();
        var set = outcome.References!;
        set.Source.System.ShouldBe("Miden VM");
        set.Source.Url.ShouldStartWith("https://github.com/0xPolygonMiden/miden-vm/blob/");
        var proving = set.Results.Single(r => r.Metric == "proving-time" && r.JobSize == 1 << 20);
        proving.Unit.ShouldBe("ns");
        proving.Value.ShouldBe(47.5e9);
    }

    [Fact]
    public void Every_problem_is_named_by_its_json_path()
    {
        // Given a file with a bad address, a bad date, a negative value and a zero job size
        var json = Edited(root =>
        {
            root["source"]!["url"] = "javascript:alert(1)";
            root["source"]!["published"] = "11/10/2023";
            root["results"]![0]!["value"] = -1;
            root["results"]![1]!["jobSize"] = 0;
            root["results"]![2]!.AsObject().Remove("unit");
        });

        // When it is read
        var problems = Read(json).Problems.Select(p => p.ToString()).ToArray();

        // Then each is reported where it is, and nothing is returned
        problems.ShouldBe(
        [
            "ref.json: $.source.url: must be an http(s) address where the numbers were published, not \"javascript:alert(1)\"",
            "ref.json: $.source.published: must be a date like 2023-10-11, not \"11/10/2023\"",
            "ref.json: $.results[0].value: must not be negative, not -1",
            "ref.json: $.results[1].jobSize: must be greater than 0, not 0",
            "ref.json: $.results[2].unit: is required",
        ]);
    }

    [Fact]
    public void A_number_given_twice_for_the_same_size_and_metric_is_refused()
    {
        var json = Edited(root => root["results"]!.AsArray().Add(root["results"]![0]!.DeepClone()));

        Read(json).Problems.ShouldHaveSingleItem().ToString()
            .ShouldBe("ref.json: $.results[12]: repeats results[0]: one value per benchmark, job size and metric");
    }

    [Fact]
    public void A_newer_version_asks_for_an_upgrade_and_a_result_file_is_not_a_reference_file()
    {
        Read(Edited(root => root["schema"] = "staticbench/reference/v2")).Problems.ShouldHaveSingleItem().Message.ShouldContain("upgrade staticbench");
        Read(Edited(root => root["schema"] = "staticbench/result/v1")).Problems.ShouldHaveSingleItem().Message
            .ShouldBe("must be \"staticbench/reference/v1\", not \"staticbench/result/v1\"");
    }

    [Fact]
    public void Broken_json_is_a_problem_with_its_place()
    {
        Read("{\"schema\": ").Problems.ShouldHaveSingleItem().Message.ShouldStartWith("is not valid JSON (line 1");
    }
}
