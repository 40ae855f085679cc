using StaticBench.Store.Git;
using StaticBench.Store.Publishing;
using StaticBench.Testing;

namespace StaticBench.Store.Tests.Publishing;

public class PublisherTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Each_publish_replaces_the_branch_with_one_parentless_commit_of_the_site()
    {
        // Given a repository with a site published once
        var repo = DataRepositories.InitBare(_dir.Combine("pages.git"));
        Publisher.Publish(new PublishOptions(Site("one", ("index.html", "v1"), ("old.html", "gone soon")), repo));

        // When a different site is published
        var outcome = Publisher.Publish(new PublishOptions(Site("two", ("index.html", "v2"), ("_data/x.json", "{}")), repo));

        // Then the branch is one commit without parents holding exactly the second site (+ .nojekyll)
        outcome.Changed.ShouldBeTrue();
        DataRepositories.History(repo, "gh-pages").Select(c => (c.Id, c.Parents)).ShouldBe([(outcome.CommitId!, 0)]);
        var files = DataRepositories.Files(repo, "gh-pages");
        files.Keys.Order().ShouldBe([".nojekyll", "_data/x.json", "index.html"]);
        System.Text.Encoding.UTF8.GetString(files["index.html"]).ShouldBe("v2");
        outcome.FileCount.ShouldBe(3);
    }

    [Fact]
    public void Publishing_an_unchanged_site_makes_no_new_commit()
    {
        var repo = DataRepositories.InitBare(_dir.Combine("pages.git"));
        var site = Site("s", ("index.html", "same"), (".nojekyll", ""));
        var first = Publisher.Publish(new PublishOptions(site, repo));

        var second = Publisher.Publish(new PublishOptions(site, repo, Message: "again"));

        second.Changed.ShouldBeFalse();
        second.CommitId.ShouldBe(first.CommitId);
        DataRepositories.Tip(repo, "gh-pages").ShouldBe(first.CommitId);
    }

    [Fact]
    public void A_missing_or_empty_site_folder_is_an_error_naming_it()
    {
        var repo = DataRepositories.InitBare(_dir.Combine("pages.git"));
        var empty = Directory.CreateDirectory(_dir.Combine("empty")).FullName;

        Should.Throw<DataRepositoryException>(() => Publisher.Publish(new PublishOptions(empty, repo))).Message.ShouldContain("is empty");
        Should.Throw<DataRepositoryException>(() => Publisher.Publish(new PublishOptions(_dir.Combine("none"), repo)))
            .Message.ShouldContain("does not exist");
        DataRepositories.Tip(repo, "gh-pages").ShouldBeNull();
    }

    private string Site(string name, params (string Path, string Content)[] files)
    {
        var root = _dir.Combine("sites", name);
        foreach (var (path, content) in files)
        {
            var full = Path.Combine(root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, content);
        }

        return root;
    }
}
