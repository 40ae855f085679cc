using System.Text.Json.Serialization;
using StaticBench.Schema.Model;

namespace StaticBench.Schema.Json;

/// <summary>Source-generated System.Text.Json metadata for the result format (camelCase, nulls omitted).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true,
    UseStringEnumConverter = true,
    Converters = [typeof(ParameterValueConverter), typeof(LowerCaseEnumConverter<Better>), typeof(TimestampConverter)])]
[JsonSerializable(typeof(RunResult))]
public sealed partial class ResultJsonContext : JsonSerializerContext;

/// <summary>Writes enums as lower-case names (<c>"lower"</c>), reads them case-insensitively.</summary>
public sealed class LowerCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(System.Text.Json.JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    where TEnum : struct, Enum;
