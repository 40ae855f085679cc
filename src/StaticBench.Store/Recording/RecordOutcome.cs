using StaticBench.Schema.Validation;

namespace StaticBench.Store.Recording;

/// <summary>What recording did. When <see cref="Problems"/> is not empty nothing was committed.</summary>
/// <param name="CommitId">The commit that added <see cref="Added"/>; null when nothing was committed.</param>
/// <param name="Added">Repository paths this call added.</param>
/// <param name="AlreadyRecorded">Repository paths that were already there with identical bytes.</param>
/// <param name="Problems">Why input files were refused (file, JSON path, message).</param>
public sealed record RecordOutcome(
    string? CommitId,
    IReadOnlyList<string> Added,
    IReadOnlyList<string> AlreadyRecorded,
    IReadOnlyList<ValidationProblem> Problems)
{
    public bool IsValid => Problems.Count == 0;

    internal static RecordOutcome Invalid(IReadOnlyList<ValidationProblem> problems) => new(null, [], [], problems);
}
