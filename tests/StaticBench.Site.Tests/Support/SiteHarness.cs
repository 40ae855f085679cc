using StaticBench.Schema.Model;
using StaticBench.Site.Output;
using StaticBench.Site.Templates;

namespace StaticBench.Site.Tests.Support;

/// <summary>Generates a site with the shipped templates and a pinned version, so output is stable.</summary>
public static class SiteHarness
{
    public static readonly SiteOptions Options = new() { Title = "Engine benchmarks", GeneratorVersion = "1.0.0-test" };

    public static MemorySiteOutput Generate(DataSnapshot snapshot) => Generate(snapshot, out _);

    public static MemorySiteOutput Generate(DataSnapshot snapshot, out TemplateSet templates)
    {
        var output = new MemorySiteOutput();
        templates = TemplateSet.Load(Options.TemplatesDirectory);
        SiteGenerator.Generate(snapshot, Options, output, templates);
        return output;
    }
}
