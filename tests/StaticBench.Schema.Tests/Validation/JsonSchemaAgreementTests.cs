using System.Text;
using System.Text.Json.Nodes;
using StaticBench.Schema.Validation;
using StaticBench.Testing;

namespace StaticBench.Schema.Tests.Validation;

/// <summary>
/// docs/result-format.schema.json is what runners in other languages validate against, so it must say
/// what the validator does: the documented example passes, and every field the schema requires is
/// one whose absence the validator reports at that path.
/// </summary>
public class JsonSchemaAgreementTests
{
    private static readonly JsonObject Schema = JsonNode.Parse(File.ReadAllText(RepositoryRoot.Combine("docs", "result-format.schema.json")))!.AsObject();

    private static JsonObject Example() => JsonNode.Parse(File.ReadAllText(RepositoryRoot.Combine("docs", "examples", "v8-compile.json")))!.AsObject();

    [Fact]
    public void The_documented_example_is_valid()
    {
        ResultReader.Read(Encoding.UTF8.GetBytes(Example().ToJsonString()), "example.json").Problems.ShouldBeEmpty();
    }

    public static TheoryData<string, string> RequiredFields()
    {
        var data = new TheoryData<string, string>();
        void Walk(JsonObject schema, string path)
        {
            foreach (var name in schema["required"]?.AsArray().Select(n => n!.GetValue<string>()) ?? [])
            {
                data.Add(path, name);
            }

            foreach (var (name, child) in schema["properties"]?.AsObject() ?? [])
            {
                if (child is JsonObject obj && obj["type"]?.GetValue<string>() == "object")
                {
                    Walk(obj, $"{path}.{name}");
                }
                else if (child is JsonObject array && array["items"] is JsonObject { } items && items["type"]?.GetValue<string>() == "object")
                {
                    Walk(items, $"{path}.{name}[0]");
                }
            }
        }

        Walk(Schema, "$");
        return data;
    }

    [Theory]
    [MemberData(nameof(RequiredFields))]
    public void A_field_the_schema_requires_is_reported_missing_by_the_validator(string parent, string field)
    {
        // Given the example without that one field
        var document = Example();
        var container = parent == "$" ? document : Locate(document, parent);
        container.Remove(field);

        // When it is validated, then the validator names exactly that path
        var problems = ResultReader.Read(Encoding.UTF8.GetBytes(document.ToJsonString()), "example.json").Problems;
        problems.Select(p => p.Path).ShouldContain($"{parent}.{field}");
    }

    private static JsonObject Locate(JsonObject document, string path)
    {
        JsonNode node = document;
        foreach (var part in path[2..].Split('.'))
        {
            node = part.EndsWith("[0]", StringComparison.Ordinal) ? node[part[..^3]]![0]! : node[part]!;
        }

        return node.AsObject();
    }
}
