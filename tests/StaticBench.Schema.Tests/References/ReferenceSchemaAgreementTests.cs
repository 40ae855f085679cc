using System.Text;
using System.Text.Json.Nodes;
using StaticBench.Schema.References;
using StaticBench.Testing;

namespace StaticBench.Schema.Tests.References;

/// <summary>
/// docs/reference-format.schema.json must say what the validator does: every field it requires is one
/// whose absence the validator reports at that path, in the example shipped in data/references.
/// </summary>
public class ReferenceSchemaAgreementTests
{
    private static readonly JsonObject Schema = JsonNode.Parse(File.ReadAllText(RepositoryRoot.Combine("docs", "reference-format.schema.json")))!.AsObject();

    private static JsonObject Example() => JsonNode.Parse(File.ReadAllText(RepositoryRoot.Combine("data", "references", "miden-vm-v0.7-single-core.json")))!.AsObject();

    private static IEnumerable<string> Required(JsonNode? schema) => schema?["required"]?.AsArray().Select(n => n!.GetValue<string>()) ?? [];

    public static TheoryData<string, string> RequiredFields()
    {
        var data = new TheoryData<string, string>();
        foreach (var name in Required(Schema))
        {
            data.Add("$", name);
        }

        foreach (var name in Required(Schema["properties"]!["source"]))
        {
            data.Add("$.source", name);
        }

        foreach (var name in Required(Schema["properties"]!["results"]!["items"]))
        {
            data.Add("$.results[0]", name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RequiredFields))]
    public void A_field_the_schema_requires_is_reported_missing_by_the_validator(string parent, string field)
    {
        // Given the example without that one field
        var document = Example();
        var container = parent switch
        {
            "$" => document,
            "$.source" => document["source"]!.AsObject(),
            _ => document["results"]![0]!.AsObject(),
        };
        container.Remove(field);

        // When it is read, Then the validator names that field as missing
        ReferenceReader.Read(Encoding.UTF8.GetBytes(document.ToJsonString()), "ref.json").Problems
            .ShouldContain(p => p.Path == $"{parent}.{field}" && p.Message == "is required");
    }
}
