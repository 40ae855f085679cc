namespace StaticBench.Store.Recording;

/// <summary>What <c>staticbench record</c> was asked to do.</summary>
/// <param name="Data">The data repository: a local folder (bare or not, or <c>file://</c>) or a remote URL.</param>
/// <param name="Files">Result files to record, all in one commit.</param>
/// <param name="Branch">The data branch.</param>
/// <param name="DataFolder">The data folder inside the repository ("" for the root).</param>
/// <param name="MessagePrefix">Put before the commit subject, e.g. <c>[ci] </c>.</param>
/// <param name="CacheRoot">Where remote mirrors are kept (null: the default cache).</param>
/// <param name="KeepExisting">A path already holding different bytes is kept as it is and counted as already
/// recorded, instead of refused: for callers whose run ids are deterministic per job (the bot re-running
/// an interrupted job), where the first recorded attempt stands.</param>
/// <param name="Push">The caller wants the commit to reach a shared repository (<c>record --push</c>): a local
/// folder that is a clone of another repository is refused, since the commit would stay in the clone.</param>
public sealed record RecordOptions(
    string Data,
    IReadOnlyList<string> Files,
    string Branch = "main",
    string DataFolder = "",
    string? MessagePrefix = null,
    string? CacheRoot = null,
    bool KeepExisting = false,
    bool Push = false);
