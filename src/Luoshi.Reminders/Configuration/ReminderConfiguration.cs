using Microsoft.Extensions.Configuration;

namespace Luoshi.Reminders.Configuration;

/// <summary>Reads <see cref="ReminderOptions"/> from the "Reminders" section; the command line and the web host share it.</summary>
public static class ReminderConfiguration
{
    /// <summary>The section's name.</summary>
    public const string Section = "Reminders";

    /// <summary>The options <paramref name="configuration"/> holds (defaults for what it does not).</summary>
    public static ReminderOptions Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return configuration.GetSection(Section).Get<ReminderOptions>() ?? new ReminderOptions();
    }

    /// <summary>The configuration the command line reads: <paramref name="file"/> (JSON, optional when not named,
    /// default appsettings.json) and then the environment (Reminders__Smtp__Password…), which wins.</summary>
    public static IConfiguration ForCommandLine(string? file) => new ConfigurationBuilder()
        .AddJsonFile(Path.GetFullPath(file ?? "appsettings.json"), optional: file is null)
        .AddEnvironmentVariables()
        .Build();
}
