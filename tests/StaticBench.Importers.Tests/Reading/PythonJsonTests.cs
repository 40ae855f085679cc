using StaticBench.Importers.Reading;

namespace StaticBench.Importers.Tests.Reading;

public sealed class PythonJsonTests
{
    [Theory]
    [InlineData("[NaN, -Infinity, Infinity, 1]", "[null, null, null, 1]")]
    [InlineData("{\"a\": \"NaN and Infinity\"}", "{\"a\": \"NaN and Infinity\"}")]
    [InlineData("[\"\\\"NaN\"]", "[\"\\\"NaN\"]")]
    public void Python_literals_become_null_outside_strings(string python, string json) =>
        PythonJson.ToJson(python).ShouldBe(json);
}
