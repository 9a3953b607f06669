import { Tag, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { SNIPPET_CLOSE, SNIPPET_OPEN, type SearchHit } from '../../../core/case-query';
import type { ListRow } from './case-list-slice';
import { Highlight } from '../../shared/Highlight';

const isHit = (row: ListRow): row is SearchHit => 'snippet' in row;
const plain = (snippet: string) => snippet.replaceAll(SNIPPET_OPEN, '').replaceAll(SNIPPET_CLOSE, '');

/** The title; for a search hit, the match highlighted in it, or the matching text from elsewhere below it. */
export function TitleCell({ title, row, t }: { title: string; row: ListRow; t: TFunction }) {
  if (!isHit(row)) return <Typography.Text ellipsis>{title}</Typography.Text>;
  if (plain(row.snippet) === title) {
    return (
      <Typography.Text ellipsis>
        <Highlight snippet={row.snippet} />
      </Typography.Text>
    );
  }
  return (
    <div style={{ minWidth: 0 }}>
      <Typography.Text ellipsis style={{ display: 'block' }}>
        {title}
      </Typography.Text>
      <Typography.Text type="secondary" ellipsis style={{ fontSize: 12, display: 'block' }}>
        <Tag bordered={false} style={{ fontSize: 11, lineHeight: '16px', marginInlineEnd: 4 }}>
          {t(`caseList.matchedIn.${row.source}`)}
        </Tag>
        <Highlight snippet={row.snippet} />
      </Typography.Text>
    </div>
  );
}
