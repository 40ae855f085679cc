using StaticBench.Schema.Validation;

namespace StaticBench.Schema.Tests.Validation;

public class ControlCharactersTests
{
    [Fact]
    public void The_control_characters_are_exactly_unicodes_and_a_text_holds_one_when_any_of_its_characters_is_one()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var ch = (char)c;
            ControlCharacters.Is(ch).ShouldBe(char.IsControl(ch), $"U+{c:X4}");
            ControlCharacters.In($"scale/bench{ch}000").ShouldBe(char.IsControl(ch), $"U+{c:X4} inside a text");
        }

        ControlCharacters.In("").ShouldBeFalse();
        ControlCharacters.In("wall-time").ShouldBeFalse();
    }
}
