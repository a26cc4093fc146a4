using Luoshi.Reminders.Channels;
using Luoshi.Reminders.Configuration;
using Luoshi.Reminders.Sending;
using Luoshi.Storage;
using Luoshi.Storage.Reminders;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Luoshi.Reminders.Scheduling;

/// <summary>Runs the reminders inside a host (<c>luoshi serve</c>) with Quartz.NET: on PostgreSQL its job store is
/// clustered in the same database, so of several instances one fires each run; on SQLite (one instance) in memory.</summary>
public static class ReminderScheduling
{
    /// <summary>Schedules reminder runs over <paramref name="ledger"/> as <paramref name="options"/> say.</summary>
    public static IServiceCollection AddReminderScheduler(
        this IServiceCollection services, Ledger ledger, StoreOptions store, ReminderOptions options, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        var channels = new ChannelSet(options, clock);
        services.AddSingleton(channels);
        services.AddSingleton(new ReminderRunner(new ReminderRun(ledger, ReminderSetup.Everything(options.LinkBase), options, channels, clock)));
        services.AddSingleton(clock);
        services.AddQuartz(q =>
        {
            q.ScheduleJob<ReminderJob>(trigger => trigger
                .WithIdentity("luoshi-reminders")
                .WithCronSchedule(options.Schedule));
            if (store.Provider == StoreProvider.Postgres)
            {
                q.UsePersistentStore(s =>
                {
                    s.UsePostgres(store.ConnectionString);
                    s.UseClustering(_ => { });
                    s.ProvisionSchema();
                    s.UseSystemTextJsonSerializer(_ => { });
                });
            }
            else
            {
                q.UseInMemoryStore(_ => { });
            }
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return services;
    }
}
