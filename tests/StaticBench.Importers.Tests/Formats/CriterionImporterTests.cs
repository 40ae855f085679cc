namespace StaticBench.Importers.Tests.Formats;

public sealed class CriterionImporterTests
{
    private static readonly string Folder = Fixture.PathOf("criterion");

    /// <summary>Every file of the criterion folder, as the import command hands over a folder.</summary>
    private static ImportSource[] Files() =>
        [.. Directory.EnumerateFiles(Folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(f => new ImportSource(f, File.ReadAllBytes(f)))];

    [Fact]
    public void Each_sample_is_its_time_over_its_iterations_and_the_input_is_a_parameter()
    {
        var imported = ImporterRegistry.Default.Find("criterion").Read(Files());

        var sort = imported.Results.Single(r => r.Benchmark == "sort" && r.Parameters!["input"].Canonical == "100");
        sort.Samples.Count.ShouldBe(10);
        sort.Samples[0].ShouldBe(1445334.0 / 2398.0, tolerance: 1e-9);
        sort.Unit.ShouldBe("ns");
        imported.Results.Single(r => r.Benchmark == "fib 15").Parameters.ShouldBeNull();
        imported.Results.Count.ShouldBe(3); // base/ is the previous run and is not imported
    }

    [Fact]
    public void Auto_finds_criterion_in_the_folder_and_the_run_validates()
    {
        var (importer, _) = ImporterRegistry.Default.Guess(Files());

        importer.Name.ShouldBe("criterion");
        Fixture.Validate(importer.Read(Files()));
    }

    [Fact]
    public void A_benchmark_without_its_samples_is_skipped_with_a_reason()
    {
        var files = Files().Where(f => !f.Path.Replace('\\', '/').EndsWith("fib 15/new/sample.json", StringComparison.Ordinal)).ToArray();

        var imported = ImporterRegistry.Default.Find("criterion").Read(files);

        imported.Results.ShouldNotContain(r => r.Benchmark == "fib 15");
        imported.Skipped.ShouldHaveSingleItem().Reason.ShouldContain("criterion did not finish this benchmark");
    }
}
