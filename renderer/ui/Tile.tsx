import type { ReactNode } from 'react';
import { Button } from 'react-aria-components';
import { guardPress } from '../a11y/press-guard.ts';
import './Tile.css';

export interface TileProps {
  icon: ReactNode;
  name: string;
  summary: string;
  onPress: () => void;
}

/** A big home-screen choice: picture, name and one line, all one target. */
export function Tile({ icon, name, summary, onPress }: TileProps) {
  return (
    <Button className="tile" onPress={guardPress(onPress)}>
      <span className="tile__icon">{icon}</span>
      <span className="tile__name">{name}</span>
      <span className="tile__summary">{summary}</span>
    </Button>
  );
}
