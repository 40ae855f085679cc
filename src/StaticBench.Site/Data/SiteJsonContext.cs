using System.Text.Json.Serialization;

namespace StaticBench.Site.Data;

/// <summary>Source-generated JSON metadata for the data files, the manifest and the keys of pages kept between builds (camelCase, compact: data files of long histories get large, nulls omitted).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = false)]
[JsonSerializable(typeof(IndexJson))]
[JsonSerializable(typeof(ManifestJson))]
[JsonSerializable(typeof(StagingJournalJson))]
[JsonSerializable(typeof(IndexScript))]
[JsonSerializable(typeof(SamplesScript))]
[JsonSerializable(typeof(Pages.RunsPageModel))]
public sealed partial class SiteJsonContext : JsonSerializerContext;
