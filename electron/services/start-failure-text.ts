// What the command line (and the app's error box) says when the case log cannot be opened at all: what
// happened and what to do, in both languages since no interface language is known yet.
import { caseLogProblem } from '../../db/failures';
import { CaseLogInUseError } from '../../db/writer-lock';

export function startFailureText(error: unknown): string {
  if (error instanceof CaseLogInUseError) {
    const who = error.owner ? ` (process ${error.owner.pid} on ${error.owner.host})` : '';
    const whoZh = error.owner ? `（${error.owner.host} 上的进程 ${error.owner.pid}）` : '';
    return (
      `This case log is already open in another ShiftDesk${who}. Close it there, or open another case log. / ` +
      `此案例日志已在另一个 ShiftDesk 中打开${whoZh}。请先在那里关闭，或打开其他案例日志。`
    );
  }
  switch (caseLogProblem(error)) {
    case 'locked':
      return (
        'Another program has held the case log locked for too long. Close it and start again. / ' +
        '另一个程序长时间锁定了案例日志。请关闭该程序后重新启动。'
      );
    case 'full':
      return 'The disk holding the case log is full. Free some space and start again. / 案例日志所在的磁盘已满，请清理空间后重新启动。';
    case 'read-only':
      return (
        'The case log cannot be written and needs an upgrade to open. Copy it to a writable folder. / ' +
        '案例日志不可写，且需要升级才能打开。请把它复制到可写的文件夹。'
      );
    case 'newer':
      return error instanceof Error ? error.message : String(error);
    case 'corrupt':
      return 'The case log file is damaged and no backup could replace it. / 案例日志文件已损坏，且没有可用的备份。';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
