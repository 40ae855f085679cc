using System.Text;
using StaticBench.Schema.Json;

namespace StaticBench.Schema.Tests.Json;

public class TimestampTests
{
    [Theory]
    [InlineData("2026-11-21T10:00:00Z", true)]
    [InlineData("2024-02-29T23:59:59Z", true)]
    [InlineData("9999-12-31T23:59:59Z", true)]
    [InlineData("0001-01-01T00:00:00Z", true)]
    [InlineData("2026-02-29T00:00:00Z", false)]
    [InlineData("2026-02-30T00:00:00Z", false)]
    [InlineData("2026-13-01T00:00:00Z", false)]
    [InlineData("2026-00-01T00:00:00Z", false)]
    [InlineData("0000-01-01T00:00:00Z", false)]
    [InlineData("2026-11-21T24:00:00Z", false)]
    [InlineData("2026-11-21T10:60:00Z", false)]
    [InlineData("2026-11-21T10:00:60Z", false)]
    [InlineData("2026-1a-21T10:00:00Z", false)]
    [InlineData("2026-11-21t10:00:00Z", false)]
    [InlineData("2026-11-21T10:00:00z", false)]
    [InlineData("2026-11-21 10:00:00Z", false)]
    [InlineData("2026-11-21T10:00:00.5Z", false)]
    [InlineData("2026-11-21T10:00:00+02:00", false)]
    public void The_fast_reading_of_the_common_spelling_agrees_with_the_full_one(string text, bool fast)
    {
        // When the common spelling is read from UTF-8 bytes
        var read = Timestamp.TryParseUtc(Encoding.UTF8.GetBytes(text), out var value);

        // Then it reads exactly that spelling, and gives what the full reading gives; anything else is left to the full reading
        read.ShouldBe(fast);
        if (read)
        {
            Timestamp.TryParse(text, out var full).ShouldBeTrue();
            value.ShouldBe(full);
            value.Offset.ShouldBe(full.Offset);
        }
    }
}
