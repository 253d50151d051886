using System.Diagnostics;
using NUnit.Framework;
using QCFramework.Tests.Tools;

namespace QCFramework.Tests.Campaigns;

/// <summary>
/// A real single-node Slurm cluster for a test: its own MUNGE daemon (key and socket in a temporary
/// folder), slurmctld and slurmd on this machine, under its hostname and 127.0.0.1, on ports of its
/// own, with Linux process tracking (no cgroups). Needs root, slurm-wlm and munge (.ci/run installs them).
/// </summary>
internal sealed class SlurmCluster : IDisposable
{
    private readonly List<Process> _daemons = [];

    private SlurmCluster(string folder) => Folder = folder;

    /// <summary>The cluster's folder (config, state, logs).</summary>
    public string Folder { get; }

    /// <summary>The slurm.conf to pass as SLURM_CONF.</summary>
    public string Config => Path.Combine(Folder, "slurm.conf");

    /// <summary>Starts the daemons and waits until the node is idle.</summary>
    public static SlurmCluster Start()
    {
        foreach (var (program, package) in new[] { ("munged", "munge"), ("slurmctld", "slurm-wlm"), ("slurmd", "slurm-wlm"), ("sbatch", "slurm-wlm"), ("sinfo", "slurm-wlm") })
        {
            ExternalTool.Require(program, package);
        }

        if (Environment.UserName != "root")
        {
            ExternalTool.IgnoreOrFail("the Slurm test starts slurmd, which needs root");
        }

        var cluster = new SlurmCluster(CampaignFixture.NewFolder("slurm"));
        try
        {
            cluster.Boot();
            return cluster;
        }
        catch
        {
            cluster.Dispose();
            throw;
        }
    }

    private void Boot()
    {
        string f = Folder;
        foreach (string d in new[] { "state", "spool", "log" })
        {
            Directory.CreateDirectory(Path.Combine(f, d));
        }

        var key = new byte[1024];
        System.Security.Cryptography.RandomNumberGenerator.Fill(key);
        string keyFile = Path.Combine(f, "munge.key");
        File.WriteAllBytes(keyFile, key);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(keyFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        string socket = Path.Combine(f, "munge.socket");
        var munge = ExternalTool.Run("munged", ["--key-file", keyFile, "--socket", socket, "--pid-file", Path.Combine(f, "munged.pid"),
            "--log-file", Path.Combine(f, "log", "munged.log"), "--seed-file", Path.Combine(f, "munge.seed"), "--force"], TimeSpan.FromSeconds(30));
        Assert.That(munge.ExitCode, Is.EqualTo(0), "munged: " + munge.Output);

        string host = Environment.MachineName;
        int port = 20000 + Environment.ProcessId % 20000;
        File.WriteAllText(Config, $"""
            ClusterName=qcftest
            SlurmctldHost={host}(127.0.0.1)
            SlurmctldPort={port}
            SlurmdPort={port + 1}
            SlurmUser=root
            SlurmdUser=root
            AuthType=auth/munge
            AuthInfo=socket={socket}
            CredType=cred/munge
            StateSaveLocation={f}/state
            SlurmdSpoolDir={f}/spool
            SlurmctldPidFile={f}/slurmctld.pid
            SlurmdPidFile={f}/slurmd.pid
            SlurmctldLogFile={f}/log/slurmctld.log
            SlurmdLogFile={f}/log/slurmd.log
            ProctrackType=proctrack/linuxproc
            TaskPlugin=task/none
            JobAcctGatherType=jobacct_gather/none
            SelectType=select/cons_tres
            SelectTypeParameters=CR_Core
            MpiDefault=none
            ReturnToService=2
            SchedulerType=sched/builtin
            NodeName={host} NodeAddr=127.0.0.1 CPUs={Environment.ProcessorCount} State=UNKNOWN
            PartitionName=qcftest Nodes={host} Default=YES MaxTime=INFINITE State=UP

            """);
        _daemons.Add(Daemon("slurmctld", "-D", "-f", Config));
        _daemons.Add(Daemon("slurmd", "-D", "-f", Config, "-N", host));
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            var sinfo = Run("sinfo", ["-h", "-o", "%T"], TimeSpan.FromSeconds(20));
            if (sinfo.ExitCode == 0 && sinfo.Stdout.Trim() == "idle")
            {
                return;
            }

            Thread.Sleep(500);
        }

        Assert.Fail("Slurm did not come up: " + File.ReadAllText(Path.Combine(f, "log", "slurmctld.log")) + File.ReadAllText(Path.Combine(f, "log", "slurmd.log")));
    }

    /// <summary>Runs a Slurm client command against this cluster.</summary>
    public ExternalTool.Result Run(string program, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.Environment["SLURM_CONF"] = Config;
        foreach (string a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} did not finish within {timeout.TotalSeconds:0} s");
        }

        process.WaitForExit();
        return new ExternalTool.Result(process.ExitCode, System.Text.Encoding.UTF8.GetBytes(stdout.Result), stderr.Result);
    }

    private Process Daemon(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["SLURM_CONF"] = Config;
        foreach (string a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        var process = Process.Start(start)!;
        // Drain the daemons' output so they never block on a full pipe.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var daemon in _daemons)
        {
            try
            {
                if (!daemon.HasExited)
                {
                    daemon.Kill(entireProcessTree: true);
                    daemon.WaitForExit(10_000);
                }
            }
            catch (InvalidOperationException)
            {
            }

            daemon.Dispose();
        }

        string pid = Path.Combine(Folder, "munged.pid");
        if (File.Exists(pid) && int.TryParse(File.ReadAllText(pid).Trim(), out int munged))
        {
            try
            {
                Process.GetProcessById(munged).Kill();
            }
            catch (ArgumentException)
            {
            }
        }
    }
}
