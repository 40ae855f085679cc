using StaticBench.Store.History;
using StaticBench.Store.Publishing;
using StaticBench.Store.Recording;
using StaticBench.Testing;

namespace StaticBench.Store.Tests.Git;

/// <summary>Record and publish against a real smart-HTTP remote (git-http-backend behind Kestrel).</summary>
public class RemoteRepositoryTests : WithGitHttpServer
{
    [Fact]
    public void Recording_to_a_URL_pushes_through_the_mirror_and_skips_what_the_remote_already_has()
    {
        // Given an empty remote repository and a second machine with its own mirror cache
        var bare = DataRepositories.InitBare(Path.Combine(Server.ProjectRoot, "data.git"));
        var url = Server.UrlOf("data.git");
        var first = ResultFiles.Write(Dir.Combine("in"), new RunResultBuilder("run-1").Build());
        var second = ResultFiles.Write(Dir.Combine("in"), new RunResultBuilder("run-2").Build());

        // When run-1 is recorded from one cache, then run-1 and run-2 from another
        var one = Recorder.Record(new RecordOptions(url, [first], CacheRoot: Dir.Combine("cache-a")));
        var two = Recorder.Record(new RecordOptions(url, [first, second], CacheRoot: Dir.Combine("cache-b")));

        // Then the remote branch has both runs in two commits, the second on top of the first
        one.CommitId.ShouldNotBeNull();
        two.AlreadyRecorded.ShouldBe(["results/2026/11/21/run-1.json"]);
        two.Added.ShouldBe(["results/2026/11/21/run-2.json"]);
        DataRepositories.History(bare, "main").Select(c => c.Id).ShouldBe([two.CommitId!, one.CommitId!]);
    }

    [Fact]
    public void History_is_read_from_a_URL_through_the_mirror_and_sees_later_records()
    {
        // Given a remote data repository with one run, read once through a mirror
        DataRepositories.InitBare(Path.Combine(Server.ProjectRoot, "history.git"));
        var url = Server.UrlOf("history.git");
        var mirrors = Dir.Combine("mirrors");
        Recorder.Record(new RecordOptions(url, [ResultFiles.Write(Dir.Combine("in"), new RunResultBuilder("run-1").Build())], CacheRoot: Dir.Combine("runner")));
        HistoryReader.Read(url, new HistoryOptions(), mirrors).Snapshot.Runs.Count.ShouldBe(1);

        // When another runner records a second run
        Recorder.Record(new RecordOptions(url, [ResultFiles.Write(Dir.Combine("in"), new RunResultBuilder("run-2").Build())], CacheRoot: Dir.Combine("runner")));

        // Then the next read fetches it
        HistoryReader.Read(url, new HistoryOptions(), mirrors).Snapshot.Runs.Select(r => r.Run.Run.Id).ShouldBe(["run-1", "run-2"]);
    }

    [Fact]
    public void Publishing_to_a_URL_force_replaces_the_branch_with_one_orphan_commit()
    {
        // Given a remote with a site already published
        var bare = DataRepositories.InitBare(Path.Combine(Server.ProjectRoot, "pages.git"));
        var url = Server.UrlOf("pages.git");
        var cache = Dir.Combine("cache");
        Publisher.Publish(new PublishOptions(Site("one", "v1"), url, CacheRoot: cache));

        // When a new site is published
        var outcome = Publisher.Publish(new PublishOptions(Site("two", "v2"), url, CacheRoot: cache));

        // Then the remote branch is exactly that one parentless commit
        DataRepositories.History(bare, "gh-pages").Select(c => (c.Id, c.Parents)).ShouldBe([(outcome.CommitId!, 0)]);
        System.Text.Encoding.UTF8.GetString(DataRepositories.Files(bare, "gh-pages")["index.html"]).ShouldBe("v2");
    }

    private string Site(string name, string content)
    {
        var folder = Directory.CreateDirectory(Dir.Combine("sites", name)).FullName;
        File.WriteAllText(Path.Combine(folder, "index.html"), content);
        return folder;
    }
}
