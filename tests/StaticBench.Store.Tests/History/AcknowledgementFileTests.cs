using StaticBench.Store.History;
using StaticBench.Testing;

namespace StaticBench.Store.Tests.History;

public class AcknowledgementFileTests
{
    [Fact]
    public void Acknowledgements_and_settings_are_read_into_the_snapshot()
    {
        // Given a data repository with a run, an acknowledgement note and a settings file
        using var data = new ScriptedDataRepository();
        data.Commit(
            "data",
            ("results/2026/11/21/r1.json", new RunResultBuilder("r1").Build()),
            ("acknowledgements/v8-upgrade.json", """{"series": "0123456789", "commit": "ABCDEF1234", "note": "expected: <new> engine"}"""),
            ("staticbench.json", """{"minEffect": 0.02, "benchmarkMinEffect": {"sort/quick": 0.05}}"""));

        // When its history is read
        var snapshot = HistoryReader.Read(data.Path, new HistoryOptions()).Snapshot;

        // Then the note names its series, commit (lower case) and file, and the settings apply
        var ack = snapshot.Acknowledgements.ShouldHaveSingleItem();
        ack.ShouldBe(new Schema.Model.Acknowledgement("acknowledgements/v8-upgrade.json", "0123456789", "abcdef1234", "expected: <new> engine"));
        snapshot.Settings.MinEffect.ShouldBe(0.02);
        snapshot.Settings.BenchmarkMinEffect["sort/quick"].ShouldBe(0.05);
        snapshot.Runs.ShouldHaveSingleItem();
        snapshot.Skipped.ShouldBeEmpty();
    }

    [Fact]
    public void A_malformed_acknowledgement_or_settings_file_is_skipped_with_a_reason()
    {
        // Given an acknowledgement with a short commit and settings with a percent instead of a fraction
        using var data = new ScriptedDataRepository();
        data.Commit(
            "data",
            ("acknowledgements/bad.json", """{"series": "x", "commit": "abc"}"""),
            ("staticbench.json", """{"minEffect": 2}"""));

        // When it is read
        var snapshot = HistoryReader.Read(data.Path, new HistoryOptions()).Snapshot;

        // Then both are skipped with what is wrong, and nothing is acknowledged
        snapshot.Acknowledgements.ShouldBeEmpty();
        snapshot.Settings.MinEffect.ShouldBeNull();
        snapshot.Skipped.Select(s => s.Path).ShouldBe(["acknowledgements/bad.json", "staticbench.json"]);
        snapshot.Skipped[0].Reason.ShouldContain("$.commit");
        snapshot.Skipped[1].Reason.ShouldContain("$.minEffect");
    }

    [Theory]
    [InlineData("acknowledgements/a.json", "{\"series\": \"x\", \"series\": \"y\", \"commit\": \"abcdef0\"}", "$: names the member \"series\" twice")]
    [InlineData("acknowledgements/a.json", "{\"series\": \"x\\udc00\", \"commit\": \"abcdef0\"}", "$.series: holds an unpaired surrogate escape")]
    [InlineData("acknowledgements/a.json", "{\"series\": 7, \"commit\": \"abcdef0\"}", "$.series: must be a string, not the number 7")]
    [InlineData("acknowledgements/a.json", "{\"series\": \"x\", \"commit\": \"abc\\n\"}", "$.commit: must not contain control characters")]
    [InlineData("staticbench.json", "{\"minEffect\": 0.02, \"minEffect\": 0.5}", "$: names the member \"minEffect\" twice")]
    [InlineData("staticbench.json", "{\"benchmarkMinEffect\": {\"sort/quick\": 5}}", "$.benchmarkMinEffect['sort/quick']: is 5: must be a fraction between 0 and 1")]
    [InlineData("staticbench.json", "{\"minEffect\": null}", "$.minEffect: must not be null")]
    [InlineData("staticbench.json", "[0.02]", "$: must be an object, not an array")]
    public void Issue15_acknowledgements_and_settings_go_through_the_strict_reader_and_name_the_path(string path, string json, string reason)
    {
        // Given a data branch with one such file (a duplicate member crashed the whole read before)
        using var data = new ScriptedDataRepository();
        data.Commit("data", (path, json));

        // When its history is read
        var snapshot = HistoryReader.Read(data.Path, new HistoryOptions()).Snapshot;

        // Then the file is skipped with the JSON path and what is wrong, and the read goes on
        var skipped = snapshot.Skipped.ShouldHaveSingleItem();
        skipped.Path.ShouldBe(path);
        skipped.Reason.ShouldStartWith(reason);
        snapshot.Acknowledgements.ShouldBeEmpty();
        snapshot.Settings.MinEffect.ShouldBeNull();
    }
}
