using LibGit2Sharp;
using StaticBench.Store.Git;
using StaticBench.Testing;

namespace StaticBench.Store.Tests.Git;

public class BranchMoverTests
{
    [Fact]
    public void A_lost_race_is_retried_on_the_new_tip_and_keeps_the_other_writers_commit()
    {
        // Given a builder that, on its first round only, lets a competing writer move the branch
        // between our read of the tip and our update
        using var dir = new TempDirectory();
        var path = DataRepositories.InitBare(dir.Path);
        string? competitor = null;
        var rounds = 0;
        NewCommit Build(Repository repository, Commit? tip)
        {
            rounds++;
            if (competitor is null)
            {
                using var other = new Repository(path);
                var theirs = RefCompareAndSwapTests.CommitOn(other, null, "theirs");
                other.Refs.Add("refs/heads/main", theirs.Id);
                competitor = theirs.Sha;
            }

            return new NewCommit(RefCompareAndSwapTests.CommitOn(repository, tip, "ours"), []);
        }

        // When we update the branch
        var update = BranchMover.Update(DataRepositoryLocation.Parse(path), "main", Build);

        // Then our commit landed on top of theirs after a second round
        update.Changed.ShouldBeTrue();
        update.Attempts.ShouldBe(2);
        rounds.ShouldBe(2);
        var history = DataRepositories.History(path, "main").Select(c => c.Id).ToArray();
        history.ShouldBe([update.CommitId!, competitor!]);
    }

    [Fact]
    public void A_missing_local_repository_is_reported_with_how_to_create_one()
    {
        using var dir = new TempDirectory();
        var missing = dir.Combine("nope.git");

        var error = Should.Throw<DataRepositoryException>(
            () => BranchMover.Update(DataRepositoryLocation.Parse(missing), "main", (_, _) => null));

        error.Message.ShouldContain(missing);
        error.Message.ShouldContain("git init --bare");
    }
}
