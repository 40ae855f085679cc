using System.Text.Json.Serialization;
using StaticBench.Schema.Json;
using StaticBench.Schema.Model;

namespace StaticBench.Schema.References;

/// <summary>Source-generated System.Text.Json metadata for reference files (camelCase, nulls omitted).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true,
    Converters = [typeof(LowerCaseEnumConverter<Better>)])]
[JsonSerializable(typeof(ReferenceSet))]
public sealed partial class ReferenceJsonContext : JsonSerializerContext;
