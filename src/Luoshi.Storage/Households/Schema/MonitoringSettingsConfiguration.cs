using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Luoshi.Storage.Households.Schema;

/// <summary>monitoring_settings: a single row, id 1.</summary>
internal sealed class MonitoringSettingsConfiguration : IEntityTypeConfiguration<MonitoringSettings>
{
    public void Configure(EntityTypeBuilder<MonitoringSettings> builder)
    {
        builder.ToTable("monitoring_settings");
        builder.Property(s => s.Id).ValueGeneratedNever();
    }
}
