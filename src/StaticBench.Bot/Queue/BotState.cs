using System.Text.Json.Serialization;
using System.Text.Json;
using StaticBench.Bot.Requests;
using StaticBench.Schema.Files;

namespace StaticBench.Bot.Queue;

/// <summary>
/// What the bot must not forget across restarts: per repository, how far it has read comments and
/// which comments it has already handled (accepted, refused or ignored: handled once, never again,
/// even when edited), and every job. Saved to one JSON file by write-then-rename after every change,
/// so a crash leaves either the old state or the new one.
/// </summary>
public sealed class BotState
{
    private readonly string _file;
    private readonly BotStateData _data;

    private BotState(string file, BotStateData data)
    {
        _file = file;
        _data = data;
    }

    public IReadOnlyList<BotJob> Jobs => _data.Jobs;

    public static BotState Load(string file)
    {
        if (!File.Exists(file))
        {
            return new BotState(file, new BotStateData());
        }

        var data = JsonSerializer.Deserialize(File.ReadAllBytes(file), BotStateJsonContext.Default.BotStateData)
            ?? throw new InvalidDataException($"{file}: empty bot state");
        return new BotState(file, data);
    }

    public DateTimeOffset? ReadSince(string repository) => _data.Since.TryGetValue(repository, out var since) ? since : null;

    public bool WasHandled(string repository, long commentId) =>
        _data.Handled.TryGetValue(repository, out var ids) && ids.Contains(commentId);

    /// <summary>Marks a comment handled and moves the read mark; <paramref name="job"/>, if any, is stored in the same save.</summary>
    public void Handle(string repository, long commentId, DateTimeOffset updatedAt, BotJob? job = null)
    {
        if (!_data.Handled.TryGetValue(repository, out var ids))
        {
            _data.Handled[repository] = ids = [];
        }

        ids.Add(commentId);
        if (job is not null && _data.Jobs.All(j => j.Id != job.Id))
        {
            _data.Jobs.Add(job);
        }

        Advance(repository, updatedAt);
        Save();
    }

    /// <summary>Moves the read mark forward (never back).</summary>
    public void Advance(string repository, DateTimeOffset updatedAt)
    {
        if (!_data.Since.TryGetValue(repository, out var since) || updatedAt > since)
        {
            _data.Since[repository] = updatedAt;
        }
    }

    public void Update(BotJob job)
    {
        var index = _data.Jobs.FindIndex(j => j.Id == job.Id);
        _data.Jobs[index] = job;
        Save();
    }

    /// <summary>The oldest unfinished job: one interrupted while running comes back first.</summary>
    public BotJob? NextJob() =>
        _data.Jobs.FirstOrDefault(j => j.State == JobState.Running) ?? _data.Jobs.FirstOrDefault(j => j.State == JobState.Queued);

    public void Save()
    {
        AtomicFile.Write(_file, stream => JsonSerializer.Serialize(stream, _data, BotStateJsonContext.Default.BotStateData));
    }
}

internal sealed class BotStateData
{
    public int Version { get; set; } = 1;

    public Dictionary<string, DateTimeOffset> Since { get; set; } = [];

    public Dictionary<string, HashSet<long>> Handled { get; set; } = [];

    public List<BotJob> Jobs { get; set; } = [];
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true, UseStringEnumConverter = true)]
[JsonSerializable(typeof(BotStateData))]
internal sealed partial class BotStateJsonContext : JsonSerializerContext;
