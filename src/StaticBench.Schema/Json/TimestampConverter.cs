using System.Text.Json;
using System.Text.Json.Serialization;

namespace StaticBench.Schema.Json;

/// <summary>Reads times as <see cref="Timestamp"/> defines them (System.Text.Json's own reader refuses
/// <c>t</c>, <c>z</c> and a space, which the format allows); writes ISO 8601 as before.</summary>
public sealed class TimestampConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && Timestamp.TryParse(reader.GetString()!, out var value)
            ? value
            : throw new JsonException("expected an ISO 8601 time with a time zone, e.g. 2026-11-21T10:00:00Z");

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value);
}
