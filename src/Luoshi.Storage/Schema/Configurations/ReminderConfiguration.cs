using Luoshi.Domain.Access;
using Luoshi.Domain.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Luoshi.Storage.Schema.Configurations;

/// <summary>reminders: by plan, task code and period; the task by code, like the audit trail, so that a plan
/// replacement that renumbers its tasks keeps the history.</summary>
internal sealed class ReminderConfiguration : IEntityTypeConfiguration<Reminder>
{
    public void Configure(EntityTypeBuilder<Reminder> builder)
    {
        builder.ToTable("reminders");
        builder.HasIndex(r => new { r.PlanId, r.TaskCode, r.Period });
        builder.HasOne<Plan>().WithMany().HasForeignKey(r => r.PlanId).OnDelete(DeleteBehavior.Restrict);
    }
}
