using System.Text.Json.Serialization;

namespace StaticBench.Site.Data;

/// <summary>Source-generated JSON metadata for the data files and the manifest (camelCase, compact: data files of long histories get large, nulls omitted).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = false)]
[JsonSerializable(typeof(IndexJson))]
[JsonSerializable(typeof(ManifestJson))]
[JsonSerializable(typeof(StagingJournalJson))]
[JsonSerializable(typeof(IndexScript))]
[JsonSerializable(typeof(SamplesScript))]
public sealed partial class SiteJsonContext : JsonSerializerContext;
