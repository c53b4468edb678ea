import type { QmobAccount, QuestionProAccount } from '../../common/accounts/index';
import type { RunningPracticeServer } from '../../sandbox/services/practice-server';
import { QMOB_PROJECT } from '../../sandbox/services/seed-data';
import type { AccountsService } from '../accounts/accounts-service';
import { unwrap } from '../ipc/operation-error';
import type { Logger } from '../logging/logger';

export interface PracticeAccounts {
  questionPro: QuestionProAccount;
  qmob: QmobAccount;
}

/**
 * The Practice workspace: imitations of both services (sandbox/services, never the test
 * sandbox with its faults and admin API) run on loopback inside Outpost, and two
 * accounts marked `practice` point at it, so a new user can try the whole
 * capture-and-sync cycle before entering real credentials.
 */
export class PracticeService {
  private running: Promise<RunningPracticeServer> | undefined;
  private connecting: Promise<PracticeAccounts> | undefined;

  constructor(
    private readonly deps: {
      accounts: AccountsService;
      startServer: () => Promise<RunningPracticeServer>;
      logger: Logger;
    },
  ) {}

  /**
   * Starts the sandbox once per run, and every time points the practice accounts
   * at it with its current address and credentials (they change every run, and
   * the user may have edited an account since).
   */
  start(): Promise<PracticeAccounts> {
    this.connecting ??= this.connect().finally(() => {
      this.connecting = undefined;
    });
    return this.connecting;
  }

  /** For delivery: the sandbox must be up, but accounts already pointing at it are left alone. */
  async ensureRunning(): Promise<void> {
    if (!this.running) await this.start();
    else await this.running;
  }

  async dispose(): Promise<void> {
    const sandbox = await this.running?.catch(() => undefined);
    await sandbox?.close();
  }

  private async connect(): Promise<PracticeAccounts> {
    const alreadyRunning = this.running !== undefined;
    this.running ??= this.deps.startServer().catch((error: unknown) => {
      this.running = undefined;
      throw error;
    });
    const sandbox = await this.running;
    const { info, caCertPem } = sandbox;
    const existing = unwrap(await this.deps.accounts.list());

    const questionProFields = {
      label: 'Practice: QuestionPro',
      location: { customBaseUrl: info.questionpro.baseUrl },
      userId: String(info.questionpro.userId),
      practice: true,
      extraCaPem: caCertPem,
      apiKey: info.questionpro.apiKey,
    };
    const oldQuestionPro = existing.find((account) => account.kind === 'questionpro' && account.practice);
    const questionPro = unwrap(
      oldQuestionPro
        ? await this.deps.accounts.editQuestionPro(oldQuestionPro.id, questionProFields)
        : await this.deps.accounts.addQuestionPro(questionProFields),
    );

    const qmobFields = {
      label: 'Practice: QMob',
      location: { customBaseUrl: info.qmob.baseUrl },
      project: QMOB_PROJECT,
      userName: info.qmob.userName,
      practice: true,
      extraCaPem: caCertPem,
      password: info.qmob.password,
    };
    const oldQmob = existing.find((account) => account.kind === 'qmob' && account.practice);
    const qmob = unwrap(
      oldQmob
        ? await this.deps.accounts.editQmob(oldQmob.id, qmobFields)
        : await this.deps.accounts.addQmob(qmobFields),
    );
    // Logged on every start of the workspace: say whether the server started now or the accounts were only pointed again.
    this.deps.logger.info(
      alreadyRunning ? 'Practice accounts pointed at the running sandbox' : 'Practice sandbox started',
      {
        questionPro: info.questionpro.baseUrl,
      },
    );
    return { questionPro, qmob };
  }
}
