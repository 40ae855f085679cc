namespace StaticBench.Importers.Tests.Formats;

/// <summary>Bad input names the file, the position and what was expected.</summary>
public sealed class MalformedInputTests
{
    [Fact]
    public void Cut_json_names_its_line_and_byte()
    {
        var error = Should.Throw<ImportException>(() => ImporterRegistry.Default.Find("hyperfine").Read([Fixture.Read("broken/hyperfine-cut.json")]));

        error.Message.ShouldStartWith("Fixtures/broken/hyperfine-cut.json: line ");
        error.Message.ShouldContain("is not valid JSON");
    }

    [Fact]
    public void A_wrong_type_names_its_json_path()
    {
        var error = Should.Throw<ImportException>(() => ImporterRegistry.Default.Find("hyperfine").Read([Fixture.Read("broken/hyperfine-string-time.json")]));

        error.Message.ShouldBe("Fixtures/broken/hyperfine-string-time.json: $.results[1].times[2]: expected a finite number, found the string \"fast\"");
    }

    [Fact]
    public void A_file_of_another_format_says_which_member_is_missing()
    {
        var error = Should.Throw<ImportException>(() => ImporterRegistry.Default.Find("hyperfine").Read([Fixture.Read("bmf/report.json")]));

        error.Message.ShouldBe("Fixtures/bmf/report.json: $: expected a member \"results\"");
    }

    [Fact]
    public void A_broken_test2json_line_is_named()
    {
        var text = File.ReadAllText(Fixture.PathOf("go/bench.jsonl")).Replace("{\"Time\"", "{Time\"", StringComparison.Ordinal);

        var error = Should.Throw<ImportException>(() => ImporterRegistry.Default.Find("go").Read([ImportSource.FromText("bench.jsonl", text)]));

        error.Message.ShouldStartWith("bench.jsonl: line 1: expected one test2json event");
    }

    [Fact]
    public void An_unknown_format_lists_the_known_ones()
    {
        Should.Throw<ArgumentException>(() => ImporterRegistry.Default.Find("nosuch")).Message.ShouldContain("hyperfine");
    }
}
