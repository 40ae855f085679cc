using StaticBench.Schema.Model;

namespace StaticBench.Schema.Tests.Model;

public class CommitIdTests
{
    [Theory]
    [InlineData("0123456789abcdef0123456789abcdef01234567", "0123456")]
    [InlineData("0123456", "0123456")]
    [InlineData("abc", "abc")]
    [InlineData("", "")]
    public void A_commit_id_is_shown_as_its_first_seven_characters_or_as_given_when_shorter(string commit, string expected)
    {
        // Given a commit id, When it is shortened, Then git's seven-character form comes back
        CommitId.Short(commit).ShouldBe(expected);
    }
}
