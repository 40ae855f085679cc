using System.Text;
using System.Text.Json.Nodes;
using StaticBench.Schema.Json;
using StaticBench.Schema.Validation;
using StaticBench.Testing;

namespace StaticBench.Schema.Tests.Validation;

public class ResultReaderTests
{
    private static JsonObject ValidDocument() =>
        JsonNode.Parse(ResultJson.Serialize(new RunResultBuilder("run-1").WithResult("sort/quick", "compile", 1200, 1210).Build()))!.AsObject();

    private static ReadOutcome Read(JsonNode node) => ResultReader.Read(Encoding.UTF8.GetBytes(node.ToJsonString()), "r.json");

    private static string Problems(ReadOutcome outcome) => string.Join("\n", outcome.Problems);

    [Fact]
    public void A_valid_file_round_trips()
    {
        // Given a run written by our own serializer
        var run = new RunResultBuilder("run-1").WithResult("sort/quick", "compile", 1200, 1210).Build();

        // When it is read back
        var outcome = ResultReader.Read(ResultJson.Serialize(run), "r.json");

        // Then nothing is lost and the summary is filled in
        outcome.Problems.ShouldBeEmpty();
        outcome.Result!.Run.Id.ShouldBe("run-1");
        outcome.Result.Results[0].Samples.ShouldBe([1200, 1210]);
        outcome.Result.Results[0].Summary!.Median.ShouldBe(1205);
    }

    [Fact]
    public void Every_problem_names_the_file_and_the_json_path()
    {
        // Given a document with several independent mistakes
        var doc = ValidDocument();
        doc["run"]!["machine"]!.AsObject().Remove("name");
        doc["results"]![0]!["samples"] = new JsonArray(1.0, "fast");
        doc["results"]![0]!["better"] = "faster";
        doc["run"]!["project"]!["commit"] = "abc";

        // When it is validated
        var outcome = Read(doc);

        // Then each one is reported where it is, and no result comes back
        outcome.Result.ShouldBeNull();
        Problems(outcome).ShouldContain("r.json: $.run.machine.name: is required");
        Problems(outcome).ShouldContain("r.json: $.results[0].samples[1]: must be a number, not the string \"fast\"");
        Problems(outcome).ShouldContain("r.json: $.results[0].better: must be \"lower\" or \"higher\"");
        Problems(outcome).ShouldContain("r.json: $.run.project.commit: \"abc\" is not a full commit id");
    }

    [Fact]
    public void The_exact_marker_is_read_and_written_back_issue_14()
    {
        // Given a result marked exact (an instruction count)
        var doc = ValidDocument();
        doc["results"]![0]!["exact"] = true;

        // When it is read and serialized again
        var outcome = Read(doc);
        outcome.Problems.ShouldBeEmpty();
        outcome.Result!.Results[0].Exact.ShouldBe(true);

        // Then the marker survives, and an unmarked result keeps it absent
        Encoding.UTF8.GetString(ResultJson.Serialize(outcome.Result)).ShouldContain("\"exact\": true");
        Read(ValidDocument()).Result!.Results[0].Exact.ShouldBeNull();
    }

    [Fact]
    public void An_exact_marker_that_is_not_a_boolean_is_named_issue_14()
    {
        var doc = ValidDocument();
        doc["results"]![0]!["exact"] = "yes";

        Problems(Read(doc)).ShouldBe("r.json: $.results[0].exact: must be true or false, not the string \"yes\"");
    }

    [Fact]
    public void A_newer_schema_version_is_a_clear_error_not_a_guess()
    {
        var doc = ValidDocument();
        doc["schema"] = "staticbench/result/v2";

        Problems(Read(doc)).ShouldBe("r.json: $.schema: format version 2 is newer than this staticbench reads (up to 1); upgrade staticbench");
    }

    [Theory]
    [InlineData("[]", "$: must be an object")]
    [InlineData("{\"schema\": \"other/v1\"}", "is not a StaticBench result format")]
    [InlineData("{ not json", "$: is not valid JSON (line 1")]
    public void Documents_of_another_shape_are_refused(string text, string expected)
    {
        Problems(ResultReader.Read(Encoding.UTF8.GetBytes(text), "r.json")).ShouldContain(expected);
    }

    [Theory]
    [InlineData("../escape")]
    [InlineData("a/b")]
    [InlineData(".hidden")]
    [InlineData("")]
    public void A_run_id_must_be_safe_as_a_file_name(string id)
    {
        var doc = ValidDocument();
        doc["run"]!["id"] = id;

        Problems(Read(doc)).ShouldContain("$.run.id");
    }

    [Fact]
    public void Samples_must_hold_at_least_one_finite_number()
    {
        var doc = ValidDocument();
        doc["results"]![0]!["samples"] = new JsonArray();
        Problems(Read(doc)).ShouldContain("$.results[0].samples: must hold at least one sample");

        var overflow = ValidDocument().ToJsonString().Replace("1210", "1e400", StringComparison.Ordinal);
        Problems(ResultReader.Read(Encoding.UTF8.GetBytes(overflow), "r.json")).ShouldContain("$.results[0].samples[1]: must be a finite number");
    }

    [Fact]
    public void Two_results_of_one_series_in_one_run_are_refused()
    {
        var run = new RunResultBuilder("run-1").WithResult("sort/quick", "compile", 1).WithResult("sort/quick", "compile", 2).Build();

        var outcome = ResultReader.Read(ResultJson.Serialize(run), "r.json");

        Problems(outcome).ShouldContain("$.results[1]: measures the same series as $.results[0]");
    }

    [Fact]
    public void Times_without_a_time_zone_are_refused()
    {
        var doc = ValidDocument();
        doc["run"]!["started"] = "2026-11-21T10:00:00";

        Problems(Read(doc)).ShouldContain("$.run.started: must be an ISO 8601 time with a time zone");
    }

    [Fact]
    public void Optional_fields_may_be_absent_and_unknown_fields_are_kept_out_of_the_way()
    {
        var doc = ValidDocument();
        doc["results"]![0]!.AsObject().Remove("engine");
        doc["results"]![0]!["futureField"] = 42;

        Read(doc).Problems.ShouldBeEmpty();
    }
}
