using StaticBench.Site.Model;

namespace StaticBench.Site.Tests.Formatting;

public class SlugAndLinkTests
{
    [Theory]
    [InlineData("sort/quick", "sort-quick-")]
    [InlineData("../../etc", "etc-")]
    [InlineData("<script>", "script-")]
    public void Slugs_are_file_system_safe(string name, string prefix)
    {
        var slug = Slug.Of(name);

        slug.ShouldStartWith(prefix);
        slug.ShouldAllBe(c => char.IsAsciiLetterOrDigit(c) || c == '-');
    }

    [Fact]
    public void Names_that_sanitize_alike_get_different_slugs() =>
        Slug.Of("a/b").ShouldNotBe(Slug.Of("a-b"));

    [Fact]
    public void A_name_without_letters_still_gets_a_slug() =>
        Slug.Of("../..").Length.ShouldBe(8);

    [Theory]
    [InlineData("https://github.com/example/engine", "https://github.com/example/engine/commit/abc")]
    [InlineData("https://github.com/example/engine.git/", "https://github.com/example/engine/commit/abc")]
    [InlineData("http://git.example.com/r", "http://git.example.com/r/commit/abc")]
    [InlineData("javascript:alert(1)//", null)]
    [InlineData(" JavaScript:alert(1)", null)]
    [InlineData("data:text/html,hi", null)]
    [InlineData("git@github.com:example/engine.git", null)]
    [InlineData("../relative", null)]
    public void Commit_links_only_for_http_repositories(string repository, string? expected) =>
        CommitLink.For(repository, "abc").ShouldBe(expected);

    [Fact]
    public void Commit_links_of_repositories_asked_for_in_turn_each_follow_their_own_repository()
    {
        // The link remembers the repository it parsed last: asked in turn, each keeps its own answer.
        foreach (var (repository, expected) in new[]
                 {
                     ("https://github.com/example/engine", "https://github.com/example/engine/commit/abc"),
                     ("javascript:alert(1)//", null),
                     ("https://github.com/example/engine", "https://github.com/example/engine/commit/abc"),
                     ("https://github.com/example/other.git", "https://github.com/example/other/commit/abc"),
                 })
        {
            CommitLink.For(repository, "abc").ShouldBe(expected, repository);
        }
    }
}
