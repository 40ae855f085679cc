using LibGit2Sharp;
using StaticBench.Store.Git;
using StaticBench.Testing;

namespace StaticBench.Store.Tests.Git;

public class RefCompareAndSwapTests
{
    private const string Main = "refs/heads/main";

    [Fact]
    public void Update_from_a_stale_tip_is_rejected_and_the_other_writers_commit_survives()
    {
        // Given two writers with their own handles on one repository, both having read tip T0
        using var dir = new TempDirectory();
        var path = DataRepositories.InitBare(dir.Path);
        using var a = new Repository(path);
        using var b = new Repository(path);
        var t0 = CommitOn(a, null, "t0");
        RefCompareAndSwap.TryUpdate(a, Main, t0.Id, null, "t0").ShouldBeTrue();
        var seenByA = a.Refs[Main].ResolveToDirectReference().TargetIdentifier;

        // When B moves the branch first, then A tries to move it from what it saw
        var fromB = CommitOn(b, b.Lookup<Commit>(t0.Id), "from B");
        RefCompareAndSwap.TryUpdate(b, Main, fromB.Id, t0.Id, "B").ShouldBeTrue();
        var fromA = CommitOn(a, a.Lookup<Commit>(seenByA), "from A");
        var accepted = RefCompareAndSwap.TryUpdate(a, Main, fromA.Id, new ObjectId(seenByA), "A");

        // Then A is told it lost, and B's commit is still the tip
        accepted.ShouldBeFalse();
        DataRepositories.Tip(path, "main").ShouldBe(fromB.Sha);
    }

    [Fact]
    public void Creating_a_branch_fails_when_someone_created_it_meanwhile()
    {
        // Given a branch that did not exist when both writers looked, and B creates it first
        using var dir = new TempDirectory();
        var path = DataRepositories.InitBare(dir.Path);
        using var repository = new Repository(path);
        var fromB = CommitOn(repository, null, "B");
        RefCompareAndSwap.TryUpdate(repository, Main, fromB.Id, null, "B").ShouldBeTrue();

        // When A also tries to create it
        var fromA = CommitOn(repository, null, "A");
        var accepted = RefCompareAndSwap.TryUpdate(repository, Main, fromA.Id, null, "A");

        // Then A loses and B's commit stays
        accepted.ShouldBeFalse();
        DataRepositories.Tip(path, "main").ShouldBe(fromB.Sha);
    }

    [Fact]
    public void Of_writers_creating_a_branch_at_the_same_moment_exactly_one_succeeds()
    {
        // Given 4 writers, each with its own handle and its own first commit, racing to create each of 100 branches
        // (libgit2 checks that a branch is absent before it takes the branch's lock: both could pass the check)
        using var dir = new TempDirectory();
        var path = DataRepositories.InitBare(dir.Path);
        const int writers = 4, branches = 100;
        var handles = Enumerable.Range(0, writers).Select(_ => new Repository(path)).ToArray();
        try
        {
            var commits = handles.Select((h, w) => CommitOn(h, null, $"writer {w}")).ToArray();
            using var start = new Barrier(writers);
            var won = new int[branches];

            // When each branch is created by all of them at once
            var threads = Enumerable.Range(0, writers).Select(w => new Thread(() =>
            {
                for (var b = 0; b < branches; b++)
                {
                    start.SignalAndWait();
                    if (RefCompareAndSwap.TryUpdate(handles[w], $"refs/heads/race-{b}", commits[w].Id, null, "create"))
                    {
                        Interlocked.Increment(ref won[b]);
                    }
                }
            })).ToArray();
            foreach (var thread in threads)
            {
                thread.Start();
            }

            foreach (var thread in threads)
            {
                thread.Join();
            }

            // Then every branch was created by exactly one writer
            won.ShouldAllBe(n => n == 1);
        }
        finally
        {
            foreach (var handle in handles)
            {
                handle.Dispose();
            }
        }
    }

    [Fact]
    public void LibGit2Sharp_UpdateTarget_with_a_stale_reference_silently_overwrites_which_is_why_we_do_not_use_it()
    {
        // Given A holding a Reference object read at T0, and B moving the branch afterwards
        using var dir = new TempDirectory();
        var path = DataRepositories.InitBare(dir.Path);
        using var a = new Repository(path);
        var t0 = CommitOn(a, null, "t0");
        a.Refs.Add(Main, t0.Id);
        var staleReference = a.Refs[Main];
        var fromB = CommitOn(a, t0, "from B");
        using (var b = new Repository(path))
        {
            b.Refs.UpdateTarget(b.Refs[Main], fromB.Id, "B");
        }

        // When A updates through LibGit2Sharp with its stale reference
        var fromA = CommitOn(a, t0, "from A");
        a.Refs.UpdateTarget(staleReference, fromA.Id, "A");

        // Then B's commit is gone from the branch: no compare-and-swap happened
        DataRepositories.Tip(path, "main").ShouldBe(fromA.Sha);
    }

    internal static Commit CommitOn(Repository repository, Commit? parent, string message)
    {
        var tree = parent is null ? new TreeDefinition() : TreeDefinition.From(parent);
        tree.Add($"{message.Replace(' ', '-')}.txt", repository.ObjectDatabase.CreateBlob(new MemoryStream("x"u8.ToArray())), Mode.NonExecutableFile);
        var signature = new Signature("test", "test@localhost", DateTimeOffset.UnixEpoch);
        return repository.ObjectDatabase.CreateCommit(
            signature, signature, message, repository.ObjectDatabase.CreateTree(tree), parent is null ? [] : [parent], false);
    }
}
