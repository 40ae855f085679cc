using System.Text;
using System.Text.Json.Nodes;
using StaticBench.Schema.Json;
using StaticBench.Schema.Units;
using StaticBench.Schema.Validation;
using StaticBench.Testing;

namespace StaticBench.Schema.Tests.Validation;

/// <summary>Issue 15: nothing a runner sends may crash the reader or get a file in that breaks a later step.</summary>
public class HostileInputTests
{
    public static TheoryData<KnownBadResult> Bad() => [.. KnownBadResults.All];

    private static ReadOutcome Read(JsonNode doc) => ResultReader.Read(Encoding.UTF8.GetBytes(doc.ToJsonString()), "r.json");

    [Theory]
    [MemberData(nameof(Bad))]
    public void Issue15_each_known_bad_file_is_refused_naming_file_path_and_reason(KnownBadResult bad)
    {
        // Given a file found to break StaticBench
        // When it is read (this threw for several of them)
        var outcome = ResultReader.Read(bad.Bytes, $"{bad.Name}.json");

        // Then it is refused, and a problem names the file, the JSON path and what is wrong
        outcome.Result.ShouldBeNull();
        outcome.Problems.ShouldContain(
            p => p.File == $"{bad.Name}.json" && p.Path == bad.Path && p.Message.Contains(bad.Message, StringComparison.Ordinal),
            string.Join("\n", outcome.Problems));
    }

    [Theory]
    [InlineData("2026-11-21t10:00:00z")]
    [InlineData("2026-11-21 10:00:00Z")]
    [InlineData("2026-11-21T11:00:00+0100")]
    [InlineData("2026-11-21T11:00:00.123456789+01:00")]
    public void Issue15_times_the_format_allows_are_read_not_thrown_on(string started)
    {
        // Given a start time written in a form RFC 3339 and the JSON Schema's pattern allow
        var doc = KnownBadResults.Valid("r1");
        doc["run"]!["started"] = started;

        // When it is read
        var outcome = Read(doc);

        // Then it is the instant it says
        outcome.Problems.ShouldBeEmpty();
        outcome.Result!.Run.Started.UtcDateTime.ShouldBe(new DateTime(2026, 11, 21, 10, 0, 0, DateTimeKind.Utc), TimeSpan.FromSeconds(1));
    }

    [Theory]
    [InlineData("abc\n")]
    [InlineData("abc\r\n")]
    public void Issue15_a_run_id_with_a_trailing_newline_is_not_a_safe_file_name(string id)
    {
        RunId.IsValid(id).ShouldBeFalse();
    }

    [Theory]
    [InlineData("ns")]
    [InlineData("ops/s")]
    [InlineData("MB/s")]
    [InlineData("ns/op")]
    [InlineData("B/op")]
    [InlineData("allocs/op")]
    [InlineData("%")]
    [InlineData("score")]
    public void Units_of_every_documented_kind_are_accepted(string unit)
    {
        UnitTable.IsAccepted(unit).ShouldBeTrue();
    }

    [Theory]
    [InlineData("parsecs")]
    [InlineData("s/s/s")]
    [InlineData("ns/s")]
    [InlineData("")]
    public void Issue15_units_nobody_can_read_are_refused(string unit)
    {
        UnitTable.IsAccepted(unit).ShouldBeFalse();
    }

    [Fact]
    public void Values_at_the_edges_of_the_sample_range_are_accepted()
    {
        // Given samples of 0, negative values, and the largest and smallest magnitudes allowed (in ns)
        var doc = KnownBadResults.Valid("r1");
        doc["results"]![0]!["samples"] = new JsonArray(0, -5, SampleRange.Largest, -SampleRange.Smallest);
        doc["results"]![0]!.AsObject().Remove("summary");

        // When read, then kept as they are
        Read(doc).Result!.Results[0].Samples.ShouldBe([0, -5, SampleRange.Largest, -SampleRange.Smallest]);
    }

    [Fact]
    public void A_byte_order_mark_is_ignored_as_RFC_8259_allows()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(KnownBadResults.Valid("r1").ToJsonString())).ToArray();

        ResultReader.Read(bytes, "r.json").Problems.ShouldBeEmpty();
    }

    [Fact]
    public void Strings_from_the_file_are_escaped_in_messages()
    {
        // Given a bad id holding a terminal escape sequence
        var doc = KnownBadResults.Valid("r1");
        doc["run"]!["project"]!["branch"] = "main\u001b[2J";

        // When the problem is printed, the escape shows as text, not as a control character
        var problem = Read(doc).Problems.Single().ToString();
        problem.ShouldContain("\\u001B[2J");
        problem.ShouldNotContain("\u001b");
    }

    [Theory]
    [InlineData("\"id\": \"a\", \"\\u0069d\": \"b\"", "$.run", "\"id\"")]
    [InlineData("\"\\u0069d\": \"a\", \"id\": \"b\"", "$.run", "\"id\"")]
    public void Issue15_a_member_named_twice_is_found_however_its_name_is_spelled(string members, string path, string name)
    {
        // Given a run object whose id is named twice, once as an escape sequence
        var text = KnownBadResults.Valid("r1").ToJsonString().Replace("\"id\":\"r1\"", members, StringComparison.Ordinal);

        // When it is read, then the duplicate is named at the object
        var problem = ResultReader.Read(Encoding.UTF8.GetBytes(text), "r.json").Problems.ShouldHaveSingleItem();
        (problem.Path, problem.Message).ShouldBe((path, $"names the member {name} twice: which one counts would be a guess"));
    }

    [Fact]
    public void Issue15_a_member_named_twice_is_found_in_an_object_of_many_members()
    {
        // Given parameters with 40 members, the last one repeating the third
        var members = string.Join(",", Enumerable.Range(0, 40).Select(i => $"\"p{i}\": {i}")) + ",\"p2\": 0";
        var text = KnownBadResults.Valid("r1").ToJsonString().Replace("\"samples\"", $"\"parameters\": {{{members}}}, \"samples\"", StringComparison.Ordinal);

        // When read, then it is named with its path
        var problem = ResultReader.Read(Encoding.UTF8.GetBytes(text), "r.json").Problems.ShouldHaveSingleItem();
        problem.Path.ShouldBe("$.results[0].parameters");
        problem.Message.ShouldStartWith("names the member \"p2\" twice");
    }
}
