using System.Text.Json;
using System.Text.Json.Serialization;
using StaticBench.Schema.Model;

namespace StaticBench.Schema.Json;

/// <summary>Reads and writes a <see cref="ParameterValue"/> as a JSON string, number or boolean.</summary>
public sealed class ParameterValueConverter : JsonConverter<ParameterValue>
{
    public override ParameterValue Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.String => ParameterValue.Of(reader.GetString()!),
            JsonTokenType.Number => ParameterValue.Of(reader.GetDouble()),
            JsonTokenType.True => ParameterValue.Of(true),
            JsonTokenType.False => ParameterValue.Of(false),
            _ => throw new JsonException("a parameter must be a string, a number or a boolean"),
        };

    public override void Write(Utf8JsonWriter writer, ParameterValue value, JsonSerializerOptions options)
    {
        switch (value.Value)
        {
            case double d:
                writer.WriteNumberValue(d);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            default:
                writer.WriteStringValue((string)value.Value);
                break;
        }
    }
}
