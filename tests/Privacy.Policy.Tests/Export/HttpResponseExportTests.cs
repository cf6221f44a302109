using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;
using NodaTime.Testing;
using Privacy.Policy.Tests.Domain;
using Privacy.Policy.Tests.Generated;
using Privacy.Policy.Tests.Redaction;
using Xunit;

namespace Privacy.Policy.Tests.Export;

/// <summary>
/// Exports written straight to an HTTP response, on a real Kestrel server on loopback: its response body refuses
/// synchronous writes, as every ASP.NET Core server's does by default.
/// </summary>
public sealed class HttpResponseExportTests
{
    private const int RecordCount = 100_000;
    private const string Subject = "C-100234";
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 29, 12, 0);

    [Fact]
    public async Task An_export_of_100000_records_streams_to_an_http_response_with_AddAsync()
    {
        await using WebApplication app = await StartAsync(new TaskCompletionSource<Exception>());
        using var client = new HttpClient { BaseAddress = Address(app), Timeout = TimeSpan.FromSeconds(60) };

        using HttpResponseMessage response = await client.GetAsync("/export-async", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using Stream body = await response.Content.ReadAsStreamAsync();
        using JsonDocument export = await JsonDocument.ParseAsync(body);

        JsonElement root = export.RootElement;
        Assert.Equal(Subject, root.GetProperty("subject").GetString());
        JsonElement records = root.GetProperty("recordTypes")[0].GetProperty("records");
        Assert.Equal(RecordCount, records.GetArrayLength());
        Assert.Equal("+31 20 555 0199", records[RecordCount - 1].GetProperty("values").GetProperty("CalledNumber").GetString());
        Assert.Contains(root.GetProperty("purposes").EnumerateArray(), purpose => purpose.GetProperty("purpose").GetString() == "Bookkeeping");
    }

    [Fact]
    public async Task A_synchronous_Add_to_an_http_response_fails_before_the_first_byte_with_a_clear_message()
    {
        var thrown = new TaskCompletionSource<Exception>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using WebApplication app = await StartAsync(thrown);
        using var client = new HttpClient { BaseAddress = Address(app), Timeout = TimeSpan.FromSeconds(60) };

        using HttpResponseMessage response = await client.GetAsync("/export-sync");
        byte[] body = await response.Content.ReadAsByteArrayAsync();

        // Not "200 and an empty body": nothing was sent, so the server still answers with an error.
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Empty(body);
        Exception failure = await thrown.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.IsType<InvalidOperationException>(failure);
        Assert.Contains("refuses synchronous writes", failure.Message, StringComparison.Ordinal);
        Assert.Contains("AddAsync", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Subject, failure.Message, StringComparison.Ordinal);
    }

    private static async Task<WebApplication> StartAsync(TaskCompletionSource<Exception> thrown)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IClock>(new FakeClock(Now));
        builder.Services.AddPrivacyPolicy(options =>
        {
            options.Pseudonymization.KeyId = TestRedactors.KeyId;
            options.Pseudonymization.Key = Convert.ToBase64String(TestRedactors.Key);
        });

        WebApplication app = builder.Build();
        app.MapGet("/export-async", async (HttpContext context, IPrivacyPolicy policy) =>
        {
            context.Response.ContentType = "application/json";
            await using SubjectAccessExport export = policy.BeginExport(context.Response.Body, Subject);
            await export.AddAsync(CallsAsync(RecordCount), context.RequestAborted);
            await export.CompleteAsync(context.RequestAborted);
        });
        app.MapGet("/export-sync", async (HttpContext context, IPrivacyPolicy policy) =>
        {
            context.Response.ContentType = "application/json";
            await using SubjectAccessExport export = policy.BeginExport(context.Response.Body, Subject);
            try
            {
                export.Add(Enumerable.Repeat(GeneratedRedactTests.Call(), RecordCount));
            }
            catch (Exception exception)
            {
                thrown.TrySetResult(exception);
                throw;
            }

            await export.CompleteAsync(context.RequestAborted);
        });

        await app.StartAsync();
        return app;
    }

    private static Uri Address(WebApplication app)
        => new(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single());

    // As a database query's AsAsyncEnumerable() hands them out: one at a time, never all in memory.
    private static async IAsyncEnumerable<CallRecord> CallsAsync(int count)
    {
        CallRecord call = GeneratedRedactTests.Call();
        for (int i = 0; i < count; i++)
        {
            if (i % 1000 == 0)
            {
                await Task.Yield();
            }

            yield return call with { CallStart = call.CallStart + Duration.FromMinutes(i) };
        }
    }
}
