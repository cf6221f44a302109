using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Privacy.Policy;
using Privacy.Policy.EntityFrameworkCore;

namespace Telecom.Usage;

public partial class CallRow
{
    [NotPersonalData]
    public long Id { get; set; }

    [DataSubject]
    [PersonalData(Category.Identity, Retention = "P2Y", Purposes = Purpose.Billing)]
    public string CustomerId { get; set; } = "";

    [RetentionAnchor]
    public LocalDate CallDate { get; set; }

    [PersonalData(Category.Usage, Retention = "P7Y", Purposes = Purpose.Bookkeeping, Format = DataFormat.PhoneNumber)]
    public string CalledNumber { get; set; } = "";

    [PersonalData(Category.Usage, Retention = "P6M", Purposes = Purpose.Billing, Format = DataFormat.PhoneNumber)]
    public string CallingNumber { get; set; } = "";
}

public sealed class CallsContext(DbContextOptions<CallsContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
        => modelBuilder.Entity<CallRow>().Property(row => row.CallDate).HasConversion(date => date.ToDateTimeUnspecified(), value => LocalDate.FromDateTime(value));
}

public static class Program
{
    public static async Task<int> Main()
    {
        IPrivacyPolicy policy = new ServiceCollection().AddPrivacyPolicy().BuildServiceProvider().GetRequiredService<IPrivacyPolicy>();
        string path = Path.Combine(Path.GetTempPath(), $"consumer-sweep-{Guid.NewGuid():N}.db");
        var options = new DbContextOptionsBuilder<CallsContext>().UseSqlite($"Data Source={path}").Options;
        LocalDate today = SystemClock.Instance.GetCurrentInstant().InUtc().Date;

        await using (var context = new CallsContext(options))
        {
            await context.Database.EnsureCreatedAsync();
            context.AddRange(
                new CallRow { Id = 1, CustomerId = "C-1", CallDate = today.PlusDays(-10), CalledNumber = "0201234567", CallingNumber = "0612345678" },
                new CallRow { Id = 2, CustomerId = "C-1", CallDate = today.PlusYears(-1), CalledNumber = "0201234567", CallingNumber = "0612345678" },
                new CallRow { Id = 3, CustomerId = "C-2", CallDate = today.PlusYears(-8), CalledNumber = "0201234567", CallingNumber = "0612345678" });
            await context.SaveChangesAsync();
        }

        await using (var context = new CallsContext(options))
        {
            RetentionSweepReport report = await context.SweepRetentionAsync<CallRow>(policy);
            Console.WriteLine($"deleted={report.RowsDeleted}");
            Console.WriteLine($"erased.CallingNumber={report.MembersErased["CallingNumber"]}");
        }

        await using (var context = new CallsContext(options))
        {
            foreach (CallRow row in context.Set<CallRow>().OrderBy(row => row.Id))
            {
                Console.WriteLine($"row {row.Id}: calling='{row.CallingNumber}' called='{row.CalledNumber}'");
            }
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(path);
        return 0;
    }
}
