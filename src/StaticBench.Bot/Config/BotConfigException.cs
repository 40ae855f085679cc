namespace StaticBench.Bot.Config;

/// <summary>The bot's config file is wrong; the message names the file and the JSON path, so it can be fixed without guessing.</summary>
public sealed class BotConfigException(string message) : Exception(message);
